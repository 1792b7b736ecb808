package dev.quarry.core.catalog;

/** What a schema statement may do to the catalog, judged from its first words. */
enum StatementKind {
    CREATE_TABLE(true),
    ALTER_TABLE(true),
    /** MySQL's RENAME TABLE a TO b. */
    RENAME_TABLE(true),
    /** Any DROP but DROP TYPE; DROP TABLE and DROP VIEW change the catalog. */
    DROP(true),
    CREATE_TYPE(true),
    /** Read by {@link DropListReader}: JSqlParser cannot parse it. */
    DROP_TYPE(true),
    /** CREATE / DROP / ALTER SCHEMA, read by {@link SchemaApplier} where the engine tracks schemas. */
    CREATE_SCHEMA(true),
    DROP_SCHEMA(true),
    ALTER_SCHEMA(true),
    /** Read by {@link AlterTypeApplier}: JSqlParser keeps the action as opaque text. */
    ALTER_TYPE(true),
    /** Recorded with its parsed query; analysis types it where a query reads it. */
    CREATE_VIEW(true),
    /** MySQL's ALTER VIEW v AS SELECT ... (the view defined anew); PostgreSQL's RENAME TO and SET SCHEMA. */
    ALTER_VIEW(true),
    /** Read by {@link DomainApplier}: JSqlParser cannot parse it. */
    CREATE_DOMAIN(true),
    /** COMMENT ON TABLE / COLUMN, read by {@link CommentApplier}; other comments change nothing generated. */
    COMMENT(false),
    /** Read by {@link CreateFunctionReader}: the signature types calls in queries; the body is never read. */
    CREATE_FUNCTION(false),
    /** Cannot change a table's shape (indexes, grants, comments, functions, ...): not even parsed. */
    PASS_OVER(false),
    /** Anything else: parsed, and ignored. */
    OTHER(false);

    private final boolean changesSchema;

    StatementKind(boolean changesSchema) {
        this.changesSchema = changesSchema;
    }

    /** Whether failing to read the statement could leave the catalog wrong: then it is an error. */
    boolean changesSchema() {
        return changesSchema;
    }
}
