"""Venueplan: a desktop venue and logistics planner for event coordinators."""

__version__ = "0.1.0"
APP_NAME = "Venueplan"
ORG_NAME = "Venueplan"
ORG_DOMAIN = "venueplan.dk"
