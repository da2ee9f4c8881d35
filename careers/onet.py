"""What O*NET's categories and zones mean, worded for a job seeker.

O*NET publishes the categories of its education, training and experience scales in
"Education, Training, and Experience Categories.txt" and the job zones in "Job Zone
Reference.txt"; these are the same categories in plain words.
"""

# Scale RL, "Required Level of Education": what respondents say is required to be hired.
REQUIRED_EDUCATION = {
    1: "Less than a high school diploma",
    2: "High school diploma or equivalent",
    3: "Post-secondary certificate",
    4: "Some college courses",
    5: "Associate's degree",
    6: "Bachelor's degree",
    7: "Post-baccalaureate certificate",
    8: "Master's degree",
    9: "Post-master's certificate",
    10: "First professional degree",
    11: "Doctoral degree",
    12: "Post-doctoral training",
}

# Scale RW, "Related Work Experience" required, each category's upper bound inclusive.
RELATED_EXPERIENCE = {
    1: "None",
    2: "Up to 1 month",
    3: "1 to 3 months",
    4: "3 to 6 months",
    5: "6 months to 1 year",
    6: "1 to 2 years",
    7: "2 to 4 years",
    8: "4 to 6 years",
    9: "6 to 8 years",
    10: "8 to 10 years",
    11: "Over 10 years",
}

# Job zone: (name, what it takes in one line).
JOB_ZONES = {
    1: (
        "Little or no preparation needed",
        "a few days to a few months of training; some need a high school diploma",
    ),
    2: ("Some preparation needed", "usually a high school diploma and a few months to a year of training"),
    3: (
        "Medium preparation needed",
        "vocational training, related experience or an associate's degree, and one or two years of training",
    ),
    4: (
        "Considerable preparation needed",
        "most need a bachelor's degree and several years of related experience or training",
    ),
    5: (
        "Extensive preparation needed",
        "most need a graduate degree, and many more than five years of experience",
    ),
}


def job_zone_text(zone):
    """ "Zone 2 of 5: some preparation needed (usually a high school diploma ...)"."""
    name, meaning = JOB_ZONES[zone]
    return f"Zone {zone} of 5: {name.lower()} ({meaning})"
