"""Printable reports (QtGui only, no widgets): the negotiation case file and its labels."""
