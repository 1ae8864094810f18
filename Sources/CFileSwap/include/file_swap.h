#ifndef SITEGEN_FILE_SWAP_H
#define SITEGEN_FILE_SWAP_H

/// Atomically exchanges the two paths (Linux renameat2 with RENAME_EXCHANGE): after the call
/// each name refers to what the other did, with no moment when either is missing.
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS or EINVAL where the kernel or the
/// file system cannot do it; the caller then falls back to two renames).
int sitegen_exchange_paths(const char *first, const char *second);

#endif
