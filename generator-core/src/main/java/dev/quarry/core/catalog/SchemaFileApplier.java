package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.diag.Severity;
import dev.quarry.core.parse.ParsedStatement;
import dev.quarry.core.parse.SqlParser;
import dev.quarry.core.parse.StatementReader;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import dev.quarry.core.source.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Applies one schema file: splits it into statements, sorts each by its first words, hides the
 * clauses JSqlParser cannot read, parses, and hands each statement to the applier for its kind.
 */
final class SchemaFileApplier {
    private final Engine engine;
    private final StatementReader reader;
    private final Diagnostics diagnostics;
    private final CreateTableApplier createTable;
    private final AlterTableApplier alterTable;
    private final DropTableApplier dropTable;
    private final TypeApplier types;
    private final AlterTypeApplier alterType;
    private final AlterViewApplier alterView;
    private final ViewApplier views;
    private final CreateFunctionReader functions;
    private final DomainApplier domains;
    private final CommentApplier comments;
    private final SchemaApplier schemas;
    private final NameErrors errors;
    private final SchemaModel model;

    /** A statement of the file, read far enough to know what to do with it. */
    private record Pending(StatementSplitter.Piece piece, StatementKind kind, List<Token> tokens,
            SqliteTableOptions options) {}

    SchemaFileApplier(Engine engine, SchemaModel model, Diagnostics diagnostics) {
        this.engine = engine;
        this.reader = new StatementReader(new SqlParser(engine));
        this.diagnostics = diagnostics;
        NameErrors errors = new NameErrors(diagnostics, model);
        ColumnReader columns = new ColumnReader(engine, model);
        this.views = new ViewApplier(model, errors);
        this.createTable = new CreateTableApplier(engine, model, columns, errors, diagnostics, views);
        this.alterTable = new AlterTableApplier(engine, model, columns, errors);
        this.dropTable = new DropTableApplier(model, errors);
        this.types = new TypeApplier(model, errors);
        this.alterType = new AlterTypeApplier(model, errors);
        this.alterView = new AlterViewApplier(model, errors, diagnostics);
        this.functions = new CreateFunctionReader(model, columns::resolveType);
        this.domains = new DomainApplier(model, columns, errors, diagnostics);
        this.comments = new CommentApplier(model, errors, diagnostics);
        this.schemas = new SchemaApplier(model, errors, diagnostics);
        this.errors = errors;
        this.model = model;
    }

    void apply(SchemaScript script) {
        SourceFile file = script.file();
        List<ParserWorkarounds.Range> fileBlanks = new ArrayList<>(ParserWorkarounds.metaCommands(file.text()));
        if (engine.isMysqlFamily()) {
            fileBlanks.addAll(ParserWorkarounds.mysqlVersionedCommentMarkers(file.text()));
        }
        String text = ParserWorkarounds.blank(file.text(), fileBlanks);
        List<Pending> pending = new ArrayList<>();
        List<ParserWorkarounds.Range> blanks = new ArrayList<>();
        List<StatementSplitter.Piece> pieces = new ArrayList<>();
        for (SchemaScript.Section section : script.sections()) {
            pieces.addAll(section.oneStatement() ? StatementSplitter.whole(text, section.start(), section.end())
                    : StatementSplitter.split(text, section.start(), section.end(), engine.isMysqlFamily()));
        }
        for (StatementSplitter.Piece piece : pieces) {
            List<Token> tokens = DdlTokens.read(text, piece.start(), piece.end(), engine.isMysqlFamily());
            StatementKind kind = StatementClassifier.classify(tokens);
            ParserWorkarounds.Result found = ParserWorkarounds.find(engine, kind, tokens);
            blanks.addAll(found.blanks());
            pending.add(new Pending(piece, found.kind(), tokens, found.options()));
        }
        SourceFile parserView = SourceFile.of(file.path(), file.displayPath(), ParserWorkarounds.blank(text, blanks));
        for (Pending statement : pending) {
            try {
                apply(file, parserView, statement);
            } catch (RuntimeException | StackOverflowError e) {
                // a bug in Quarry, never a silent one: the statement is reported, the others still apply
                diagnostics.error("internal-error", Span.at(file, statement.piece().start()),
                        "internal error while applying this schema statement: " + e,
                        "this is a bug in Quarry; please report it with the statement");
            }
        }
    }

    private void apply(SourceFile file, SourceFile parserView, Pending statement) {
        switch (statement.kind()) {
            case PASS_OVER -> {
                // cannot change a table's shape
            }
            case DROP_TYPE -> dropType(file, statement);
            case ALTER_TYPE -> alterType.apply(file, statement.tokens());
            // MySQL's ALTER VIEW defines the view anew (parsed); PostgreSQL's renames or moves it
            case ALTER_VIEW -> {
                if (engine.isMysqlFamily()) {
                    parse(file, parserView, statement).ifPresent(st -> dispatch(st, statement));
                } else if (engine == Engine.POSTGRESQL) {
                    alterView.apply(file, statement.tokens());
                }
            }
            case CREATE_DOMAIN -> domains.apply(file, statement.tokens());
            case COMMENT -> comments.apply(file, statement.tokens());
            case CREATE_SCHEMA -> schemas.create(file, statement.tokens());
            case DROP_SCHEMA -> schemas.drop(file, statement.tokens());
            case ALTER_SCHEMA -> schemas.alter(file, statement.tokens());
            case CREATE_FUNCTION -> createFunction(file, statement);
            default -> parse(file, parserView, statement).ifPresent(st -> dispatch(st, statement));
        }
    }

    private void createFunction(SourceFile file, Pending statement) {
        Optional<UserFunction> function = functions.read(statement.tokens());
        if (function.isEmpty()) {
            diagnostics.warning("unread-function", Span.at(file, statement.piece().start()),
                    "cannot read this function's signature; queries cannot call it",
                    "expected CREATE FUNCTION name (args) RETURNS type ...");
            return;
        }
        Token name = statement.tokens().stream().dropWhile(t -> !t.isWord("FUNCTION")).skip(1).findFirst()
                .orElse(statement.tokens().get(0));
        if (errors.schemaExists(new Span(file, name.start(), name.end()),
                new Identifiers.QualifiedName(function.get().schema(), function.get().name()))) {
            model.putFunction(function.get());
        }
    }

    private void dispatch(DdlStatement st, Pending statement) {
        Statement parsed = st.parsed().statement();
        if (parsed instanceof CreateTable create) {
            createTable.apply(st, create, statement.options());
        } else if (parsed instanceof Alter alter) {
            alterTable.apply(st, alter);
        } else if (parsed instanceof RenameTableStatement rename) {
            alterTable.apply(st, rename);
        } else if (parsed instanceof Drop drop) {
            dropTable.apply(st, drop);
        } else if (parsed instanceof CreateType create) {
            types.create(st, create);
        } else if (parsed instanceof CreateView create) {
            views.apply(st, create);
        } else if (parsed instanceof AlterView alter) {
            views.apply(st, alter);
        }
        // The rest: parsed so that syntax errors show, otherwise without effect.
    }

    /**
     * Parses with the clauses the parser cannot read blanked out. A statement that could change the
     * schema and does not parse is an error; any other is skipped with a warning.
     */
    private Optional<DdlStatement> parse(SourceFile file, SourceFile parserView, Pending statement) {
        Diagnostics local = new Diagnostics();
        int start = statement.piece().start();
        Optional<ParsedStatement> parsed = reader.readSchemaStatement(parserView, start, statement.piece().end(), local);
        if (parsed.isPresent() && parsed.get().statement() instanceof UnsupportedStatement) {
            local.error("parse-error", Span.at(parserView, start), "cannot parse statement");
            parsed = Optional.empty();
        }
        if (parsed.isEmpty() && engine == Engine.SQLITE && statement.kind() == StatementKind.CREATE_TABLE) {
            Optional<DdlStatement> read = readSqliteTable(file, parserView, statement);
            if (read.isPresent()) {
                return read;
            }
        }
        if (parsed.isEmpty() && engine.isMysqlFamily() && statement.kind() == StatementKind.CREATE_TABLE) {
            Optional<DdlStatement> read = readMysqlCreateSelect(file, parserView, statement);
            if (read.isPresent()) {
                return read;
            }
        }
        for (Diagnostic d : local.sorted()) {
            report(file, d, statement.kind().changesSchema());
        }
        return parsed.map(p -> new DdlStatement(file, p));
    }

    /**
     * MySQL's CREATE TABLE name SELECT ... without AS: the query parsed alone, the table kept as one
     * made by CREATE TABLE ... AS SELECT (positions are the query's).
     */
    private Optional<DdlStatement> readMysqlCreateSelect(SourceFile file, SourceFile parserView, Pending statement) {
        Optional<MysqlCreateTableSelect.Form> form = MysqlCreateTableSelect.find(statement.tokens());
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Optional<ParsedStatement> query = reader.readSchemaStatement(parserView, form.get().queryStart(),
                statement.piece().end(), new Diagnostics());
        if (query.isEmpty() || !(query.get().statement() instanceof net.sf.jsqlparser.statement.select.Select select)) {
            return Optional.empty();
        }
        CreateTable create = new CreateTable();
        create.setTable(new net.sf.jsqlparser.schema.Table(form.get().schema(), form.get().name()));
        create.setIfNotExists(form.get().ifNotExists());
        create.setSelect(select, false);
        ParsedStatement q = query.get();
        return Optional.of(new DdlStatement(file, new ParsedStatement(q.file(), q.start(), q.end(), create,
                q.parsedText(), q.toFile(), q.params())));
    }

    /**
     * SQLite accepts column lists JSqlParser rejects (columns without a type, type names of several
     * words); Quarry's own reader takes them.
     */
    private static Optional<DdlStatement> readSqliteTable(SourceFile file, SourceFile parserView, Pending statement) {
        int start = statement.piece().start();
        int end = statement.piece().end();
        return SqliteCreateTableReader.read(statement.tokens()).map(create -> new DdlStatement(file,
                new ParsedStatement(parserView, start, end, create, parserView.text().substring(start, end),
                        List.of(), List.of())));
    }

    private void report(SourceFile file, Diagnostic d, boolean changesSchema) {
        Span span = d.span() == null ? null : new Span(file, d.span().start(), d.span().end());
        if (changesSchema) {
            diagnostics.add(new Diagnostic(Severity.ERROR, d.code(), span, d.message(), d.hint()));
        } else {
            diagnostics.add(new Diagnostic(Severity.WARNING, d.code(), span, d.message() + "; statement skipped",
                    "this statement cannot change a table, so the catalog does not need it"));
        }
    }

    private void dropType(SourceFile file, Pending statement) {
        DropListReader.Result result = DropListReader.read(statement.tokens());
        if (result instanceof DropListReader.DropList drop) {
            types.drop(file, drop);
        } else if (result instanceof DropListReader.Malformed malformed) {
            diagnostics.error("parse-error", Span.at(file, malformed.offset()), "cannot read DROP TYPE statement",
                    "expected DROP TYPE [IF EXISTS] name [, ...] [CASCADE | RESTRICT]");
        }
    }
}
