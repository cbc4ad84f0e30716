"""Printed documents (PDF) produced with ReportLab; no Qt, no database access of their own."""
