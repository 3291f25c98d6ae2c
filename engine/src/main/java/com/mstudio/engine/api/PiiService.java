package com.mstudio.engine.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds and masks personal data. Both operations work on distinct values (dictionary entries): a million rows of a
 * few thousand distinct values take milliseconds. Masking costs about 2–3 µs per distinct value (a million distinct
 * e-mails: about 2.5 s on the 2-core reference machine; detection samples 20,000 of them: about 0.3 s), so call them
 * from a job for large identifier-like columns. {@link Workspace#openDataset} already does.
 */
public interface PiiService {
    /** Columns that look like e-mail addresses, phone numbers, person names or street addresses, most confident first. */
    List<PiiFinding> detect(DataTable table);

    /**
     * A copy of {@code table} in which every value of {@code columns} is replaced by {@code pii_} + 12 hex digits of
     * HMAC-SHA256(workspace salt, value). Equal values get equal tokens within a workspace, so joins and counts still
     * work; the salt keeps tokens from being looked up in a precomputed table. Values are trimmed, and values containing
     * '@' are lower-cased, so that "Ann@X.com " and "ann@x.com" mask alike. Never changes {@code table}.
     *
     * @throws StudioException naming a column that does not exist
     */
    MaskedTable mask(DataTable table, Collection<String> columns, String workspaceSalt);

    /** The table to show: masked, except for the columns the user chose to unmask, which show their original values. */
    DataTable view(MaskedTable table, Set<String> unmaskedColumns);
}
