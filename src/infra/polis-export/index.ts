export { exportFile, exportFiles, isExportFileName, EXPORT_FILE_NAMES, type ExportFile, type ExportFileName, type ExportOptions } from './export-files.js';
export { zipExport } from './zip-export.js';
export { writeExportDir, ZIP_NAME } from './write-export-dir.js';
export { POLIS_EXPORT_FORMAT } from './summary-csv.js';
