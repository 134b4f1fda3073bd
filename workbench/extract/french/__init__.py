"""Reading French reports (issue 18): figures as French writes them
(`numbers.py`) and what they count (`victims.py`), in the English reader's
shapes (`numbers.Quantity`, `claims.Reading`), so that a French claim and an
English one about one incident meet in matching."""
