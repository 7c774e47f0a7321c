"""Progress through the year and the year-end assessment: periods, unit reports, statuses."""
