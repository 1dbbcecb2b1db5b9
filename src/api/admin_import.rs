//! `/api/admin/registrations/import`: mentor registrations from a CSV file.

use naname_contract::admin_import::ImportReport;

use super::{send, ApiError, Call};

/// `POST /api/admin/registrations/import?dry_run=…` with the file's bytes
/// as they are (the server finds the encoding): what each row does, or did.
pub async fn import(file: &[u8], dry_run: bool) -> Result<ImportReport, ApiError> {
    let call = Call { raw: Some((file, "text/csv")), ..Call::post("/admin/registrations/import") };
    send(call.query("dry_run", dry_run)).await
}
