"""Social assessments (sociální šetření): drafts, closing, amendments, printing."""
