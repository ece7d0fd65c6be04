namespace SipPpid.Data;

/// <summary>
/// Where each database keeps the DIP's full-text index, so that the search is the database's own (no home-made
/// index, no search server). SQLite: the FTS5 table <see cref="FtsTable"/> over DipEntries' searched columns, kept by
/// triggers (made in the SQLite migration <c>DipEntries</c>; <c>unicode61 remove_diacritics 2</c> folds case and
/// accents). PostgreSQL: the stored generated column <see cref="VectorColumn"/> (Indonesian stemming) with a GIN
/// index. Searched: title, summary, holder and the documents' names (weights A, B, C, C on PostgreSQL).
/// </summary>
public static class DipSearchIndex
{
    public const string FtsTable = "DipEntriesFts";
    public const string VectorColumn = "SearchVector";
    public const string Configuration = "indonesian";

    public const string VectorSql =
        "setweight(to_tsvector('indonesian', coalesce(\"Title\", '')), 'A') || " +
        "setweight(to_tsvector('indonesian', coalesce(\"Summary\", '')), 'B') || " +
        "setweight(to_tsvector('indonesian', coalesce(\"Holder\", '')), 'C') || " +
        "setweight(to_tsvector('indonesian', coalesce(\"DocumentNames\", '')), 'C')";

    /// <summary>The SQLite FTS5 table and the triggers that keep it in step with DipEntries (external content).</summary>
    public const string SqliteCreate = """
        CREATE VIRTUAL TABLE "DipEntriesFts" USING fts5("Title", "Summary", "Holder", "DocumentNames", content='DipEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER "DipEntries_fts_insert" AFTER INSERT ON "DipEntries" BEGIN
          INSERT INTO "DipEntriesFts"(rowid, "Title", "Summary", "Holder", "DocumentNames") VALUES (new."Id", new."Title", new."Summary", new."Holder", new."DocumentNames");
        END;
        CREATE TRIGGER "DipEntries_fts_delete" AFTER DELETE ON "DipEntries" BEGIN
          INSERT INTO "DipEntriesFts"("DipEntriesFts", rowid, "Title", "Summary", "Holder", "DocumentNames") VALUES ('delete', old."Id", old."Title", old."Summary", old."Holder", old."DocumentNames");
        END;
        CREATE TRIGGER "DipEntries_fts_update" AFTER UPDATE OF "Title", "Summary", "Holder", "DocumentNames" ON "DipEntries" BEGIN
          INSERT INTO "DipEntriesFts"("DipEntriesFts", rowid, "Title", "Summary", "Holder", "DocumentNames") VALUES ('delete', old."Id", old."Title", old."Summary", old."Holder", old."DocumentNames");
          INSERT INTO "DipEntriesFts"(rowid, "Title", "Summary", "Holder", "DocumentNames") VALUES (new."Id", new."Title", new."Summary", new."Holder", new."DocumentNames");
        END;
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "DipEntries_fts_update";
        DROP TRIGGER IF EXISTS "DipEntries_fts_delete";
        DROP TRIGGER IF EXISTS "DipEntries_fts_insert";
        DROP TABLE IF EXISTS "DipEntriesFts";
        """;
}
