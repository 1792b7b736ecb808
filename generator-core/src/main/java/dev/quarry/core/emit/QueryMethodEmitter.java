package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The method of a query that runs once per call (:one, :many, :exec, :execrows, :execresult,
 * :execlastid): binds the parameters, runs the statement, reads the rows, and tells the lease
 * how it went so the listener hears of it.
 */
final class QueryMethodEmitter {
    /** Locals and fields of generated method bodies; parameters must not shadow them. */
    static final Set<String> BODY_NAMES = Set.of("lease", "ps", "rs", "row", "rows", "e", "source", "options", "count",
            "keys", "key", "p", "base", "action", "params", "results", "position", "element", "statements");

    private final JavaTypeMapper types;
    private final MemberNames members;
    private final JdbcAccess access;
    private final SliceExpansion slices;

    QueryMethodEmitter(JavaTypeMapper types, MemberNames members) {
        this.types = types;
        this.members = members;
        this.access = new JdbcAccess(types);
        this.slices = new SliceExpansion(types, access);
    }

    SliceExpansion slices() {
        return slices;
    }

    /** A parameter's Java type: a slice is a {@code List} of its element type. */
    TypeName paramType(ParamIr param) {
        TypeName type = types.javaType(param.sqlType(), param.nullable(), param.column());
        return param.slice() ? ParameterizedTypeName.get(ClassName.get(List.class), type.box()) : type;
    }

    JdbcAccess access() {
        return access;
    }

    /** Java parameter names: camelCase of the SQL names or renamed, distinct, clear of the body's locals. */
    List<String> parameterNames(QueryIr query) {
        return JavaNames.distinct(query.params().stream().map(p -> members.of(p.name())).toList(), BODY_NAMES);
    }

    /** @param slicesField the query's {@code SliceSql} constant, when it has slices */
    MethodSpec emit(QueryIr query, String methodName, String infoField, @Nullable String slicesField, ResultShape shape) {
        List<String> paramNames = parameterNames(query);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", QueryJavadoc.of(query, shape))
                .returns(returnType(query, shape));
        for (int i = 0; i < query.params().size(); i++) {
            ParamIr param = query.params().get(i);
            method.addParameter(paramType(param), paramNames.get(i));
        }
        method.addStatement("$T lease = source.acquire($N, options)", RuntimeTypes.LEASE, infoField);
        method.beginControlFlow("try (lease; $T ps = $L)", PreparedStatement.class, prepare(query, slicesField, paramNames));
        method.addCode(binds(query, paramNames));
        method.addCode(execution(query, shape));
        return method.nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw lease.failure(e)")
                .endControlFlow()
                .build();
    }

    /** Binds every parameter at each of its positions; {@code values} are the Java expressions of the values. */
    CodeBlock binds(QueryIr query, List<String> values) {
        if (SliceExpansion.has(query)) {
            return slices.binds(query, values);
        }
        CodeBlock.Builder code = CodeBlock.builder();
        for (int i = 0; i < query.params().size(); i++) {
            ParamIr param = query.params().get(i);
            for (int position : param.positions()) {
                code.addStatement(access.bind(param, position, values.get(i)));
            }
        }
        return code.build();
    }

    /**
     * PgJDBC returns the named key column (it appends RETURNING), MySQL's and MariaDB's drivers the
     * insert id of the statement; SQLite's key is read after the statement.
     */
    private CodeBlock prepare(QueryIr query, @Nullable String slicesField, List<String> paramNames) {
        QueryIr.GeneratedKey key = query.generatedKey();
        boolean driverKeys = key != null && !key.fromReturning()
                && (query.kind() == QueryKind.EXECLASTID || query.kind() == QueryKind.EXECRESULT)
                && driverReportsKeys();
        if (slicesField != null) {
            CodeBlock sql = slices.expandedSql(query, slicesField, paramNames);
            return driverKeys ? CodeBlock.of("lease.prepareReturningKey($L, $S)", sql, key.column())
                    : CodeBlock.of("lease.prepare($L)", sql);
        }
        return driverKeys ? CodeBlock.of("lease.prepareReturningKey($S)", key.column()) : CodeBlock.of("lease.prepare()");
    }

    TypeName returnType(QueryIr query, ResultShape shape) {
        return switch (query.kind()) {
            case ONE -> ParameterizedTypeName.get(ClassName.get(Optional.class), rowType(shape, false));
            case MANY -> ParameterizedTypeName.get(ClassName.get(List.class), rowType(shape, true));
            case EXECROWS -> TypeName.LONG;
            case EXECLASTID -> types.javaType(query.generatedKey().sqlType(), false);
            case EXECRESULT -> ParameterizedTypeName.get(RuntimeTypes.EXEC_RESULT, keyType(query));
            case BATCHONE -> ParameterizedTypeName.get(ClassName.get(List.class),
                    ParameterizedTypeName.get(ClassName.get(Optional.class), rowType(shape, false)));
            case BATCHMANY -> ParameterizedTypeName.get(ClassName.get(List.class),
                    ParameterizedTypeName.get(ClassName.get(List.class), rowType(shape, true)));
            case COPYFROM -> TypeName.LONG;
            case EXEC, BATCHEXEC -> TypeName.VOID;
        };
    }

    private TypeName keyType(QueryIr query) {
        return query.generatedKey() == null
                ? ClassName.get(Void.class)
                : types.javaType(query.generatedKey().sqlType(), false).box();
    }

    /**
     * The row type; a nullable single column is {@code @Nullable} in a list (in an Optional it is a
     * row record, see {@link ProjectNames#nullableSingleInOptional}).
     */
    TypeName rowType(ResultShape shape, boolean allowNullable) {
        if (shape instanceof ResultShape.Single single) {
            ColumnIr c = single.column();
            return types.javaType(c.sqlType(), c.nullable() && allowNullable, c.origin()).box();
        } else if (shape instanceof ResultShape.Record record) {
            return record.type();
        }
        throw new IllegalStateException("no row type for " + shape);
    }

    private CodeBlock execution(QueryIr query, ResultShape shape) {
        return switch (query.kind()) {
            case ONE -> CodeBlock.builder()
                    .beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class)
                    .add(readOne(shape, "return $T.empty()", Optional.class))
                    .addStatement("lease.succeeded(1)")
                    .addStatement("return $T.of(row)", Optional.class)
                    .endControlFlow()
                    .build();
            case MANY -> CodeBlock.builder()
                    .beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class)
                    .addStatement("$T rows = new $T<>()", returnType(query, shape), ArrayList.class)
                    .beginControlFlow("while (rs.next())")
                    .addStatement("rows.add($L)", readRow(shape))
                    .endControlFlow()
                    .addStatement("lease.succeeded(rows.size())")
                    .addStatement("return rows")
                    .endControlFlow()
                    .build();
            case EXEC -> CodeBlock.builder()
                    .addStatement("ps.execute()")
                    .addStatement("lease.succeeded(ps.getUpdateCount())")
                    .build();
            case EXECROWS -> CodeBlock.builder()
                    .addStatement("long count = ps.executeUpdate()")
                    .addStatement("lease.succeeded(count)")
                    .addStatement("return count")
                    .build();
            case EXECLASTID -> lastId(query);
            case EXECRESULT -> execResult(query);
            default -> throw new IllegalArgumentException("not a single-execution kind: " + query.kind());
        };
    }

    /**
     * An embedded table row. When it can be absent, a column the table declares NOT NULL tells: it
     * is NULL only when the outer join found no row (all columns are checked if none is NOT NULL).
     */
    private CodeBlock embedded(ResultShape.EmbedPart part) {
        List<CodeBlock> reads = new ArrayList<>();
        int witness = -1;
        for (int i = 0; i < part.modelColumns().size(); i++) {
            ColumnIr c = part.modelColumns().get(i);
            reads.add(access.read(c, part.index() + i));
            if (witness < 0 && !c.nullable()) {
                witness = part.index() + i;
            }
        }
        CodeBlock build = CodeBlock.of("new $T($L)", part.model(), CodeBlock.join(reads, ", "));
        if (!part.embed().nullable()) {
            return build;
        }
        CodeBlock absent = witness >= 0 ? CodeBlock.of("$T.isNull(rs, $L)", RuntimeTypes.RESULTS, witness)
                : CodeBlock.of("$T.allNull(rs, $L, $L)", RuntimeTypes.RESULTS, part.index(), part.modelColumns().size());
        return CodeBlock.of("$L ? null : $L", absent, build);
    }

    /** Reads at most one row into {@code row}; no row: {@code onEmpty}; a second row: too many rows. */
    CodeBlock readOne(ResultShape shape, String onEmpty, Object... args) {
        return CodeBlock.builder()
                .beginControlFlow("if (!rs.next())")
                .addStatement("lease.succeeded(0)")
                .addStatement(onEmpty, args)
                .endControlFlow()
                .addStatement("$T row = $L", rowType(shape, true), readRow(shape))
                .beginControlFlow("if (rs.next())")
                .addStatement("throw lease.tooManyRows()")
                .endControlFlow()
                .build();
    }

    private CodeBlock lastId(QueryIr query) {
        QueryIr.GeneratedKey key = query.generatedKey();
        CodeBlock.Builder code = CodeBlock.builder();
        if (key.fromReturning()) {
            code.beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class);
        } else {
            code.addStatement("long count = ps.executeUpdate()");
            code.beginControlFlow("try ($T rs = $L)", ResultSet.class, generatedKeys());
        }
        return code.beginControlFlow("if (!rs.next())")
                .addStatement("throw lease.failure(new $T($S))", SQLException.class, "the INSERT generated no key")
                .endControlFlow()
                .addStatement("$T key = $L", types.javaType(key.sqlType(), false),
                        key.fromReturning() ? access.read(key.sqlType(), false, 1) : access.readGeneratedKey(key.sqlType()))
                .addStatement("lease.succeeded(1)")
                .addStatement("return key")
                .endControlFlow()
                .build();
    }

    private CodeBlock execResult(QueryIr query) {
        QueryIr.GeneratedKey key = query.generatedKey();
        CodeBlock.Builder code = CodeBlock.builder().addStatement("long count = ps.executeUpdate()");
        if (key == null) {
            return code.addStatement("lease.succeeded(count)")
                    .addStatement("return new $T<>(count, $T.of())", RuntimeTypes.EXEC_RESULT, List.class)
                    .build();
        }
        TypeName keyType = keyType(query);
        return code.addStatement("$T keys = new $T<>()", ParameterizedTypeName.get(ClassName.get(List.class), keyType),
                        ArrayList.class)
                .beginControlFlow("try ($T rs = $L)", ResultSet.class, generatedKeys())
                .beginControlFlow("while (rs.next())")
                .addStatement("keys.add($L)", access.readGeneratedKey(key.sqlType()))
                .endControlFlow()
                .endControlFlow()
                .addStatement("lease.succeeded(count)")
                .addStatement("return new $T<>(count, keys)", RuntimeTypes.EXEC_RESULT)
                .build();
    }

    private CodeBlock generatedKeys() {
        return driverReportsKeys() ? CodeBlock.of("ps.getGeneratedKeys()") : CodeBlock.of("lease.lastInsertRowid(count)");
    }

    /** sqlite-jdbc's generated keys miss statements that start with a comment, as generated SQL does. */
    private boolean driverReportsKeys() {
        return types.engine() != Engine.SQLITE;
    }

    CodeBlock readRow(ResultShape shape) {
        if (shape instanceof ResultShape.Single single) {
            ColumnIr c = single.column();
            return access.read(c, 1);
        } else if (shape instanceof ResultShape.Record record) {
            List<CodeBlock> reads = new ArrayList<>();
            for (ResultShape.Part part : record.parts()) {
                if (part instanceof ResultShape.ColumnPart c) {
                    reads.add(access.read(c.column(), c.index()));
                } else {
                    reads.add(embedded((ResultShape.EmbedPart) part));
                }
            }
            return CodeBlock.of("new $T(\n$>$>$L$<$<)", record.type(), CodeBlock.join(reads, ",\n"));
        }
        throw new IllegalStateException("no rows for " + shape);
    }
}
