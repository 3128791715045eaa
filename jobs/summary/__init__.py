"""Period figures and their posting: the summary text, the chart and the workbook."""
