/** A generated report as a file (a plain download link). */
export const reportFileHref = (reportId: string, format: 'xlsx' | 'pdf') =>
  `/api/monitoring/reports/${encodeURIComponent(reportId)}/file?format=${format}`;
