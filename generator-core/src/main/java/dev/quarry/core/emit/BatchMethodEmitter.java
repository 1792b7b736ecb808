package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The method of a query that takes parameter sets from any {@code Iterable}, read once and never
 * held all at once (a {@code Stream} is passed as {@code stream::iterator}): :batchexec (JDBC batches of at most
 * the options' batch size), :batchone and :batchmany (one prepared statement run per set, since
 * JDBC batches cannot return rows), and :copyfrom (COPY on PostgreSQL, multi-row INSERTs elsewhere).
 * With {@code sqlc.slice} lists, consecutive sets of equal list lengths share a statement and a batch.
 */
final class BatchMethodEmitter {
    private final QueryMethodEmitter single;
    private final JavaTypeMapper types;
    private final ProjectNames names;

    BatchMethodEmitter(QueryMethodEmitter single, JavaTypeMapper types, ProjectNames names) {
        this.single = single;
        this.types = types;
        this.names = names;
    }

    /** One parameter set: the parameter's own type, or the query's params record. */
    TypeName elementType(QueryIr query) {
        Optional<ClassName> record = names.paramsRecord(query);
        if (record.isPresent()) {
            return record.get();
        }
        return single.paramType(query.params().get(0)).box();
    }

    /** How the loop body reads each parameter from {@code p}. */
    private List<String> values(QueryIr query) {
        if (names.paramsRecord(query).isEmpty()) {
            return List.of("p");
        }
        return RecordComponents.names(ParamsRecordEmitter.columns(query), names.members()).stream().map(n -> "p." + n + "()").toList();
    }

    /** @param slicesField the query's {@code SliceSql} constant, when it has slices (not for :copyfrom) */
    MethodSpec emit(QueryIr query, String methodName, String infoField, @Nullable String slicesField, ResultShape shape) {
        TypeName element = elementType(query);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", QueryJavadoc.of(query, shape))
                .returns(single.returnType(query, shape))
                .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(element)),
                        "params");
        method.addStatement("$T lease = source.acquire($N, options)", RuntimeTypes.LEASE, infoField);
        if (query.kind() == QueryKind.COPYFROM) {
            method.beginControlFlow("try (lease)").addCode(copy(query, element));
        } else if (slicesField != null) {
            // each parameter set's SQL depends on its lists' lengths: statements change as they do
            method.beginControlFlow("try (lease)")
                    .addStatement("$T statements = new $T(lease, $N)", RuntimeTypes.SLICE_STATEMENTS,
                            RuntimeTypes.SLICE_STATEMENTS, slicesField)
                    .addCode(loop(query, shape, element, true));
        } else {
            method.beginControlFlow("try (lease; $T ps = lease.prepare())", PreparedStatement.class)
                    .addCode(loop(query, shape, element, false));
        }
        return method.nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw lease.failure(e)")
                .endControlFlow()
                .build();
    }

    /** @param sliced whether each parameter set takes its statement from {@code statements} by its lists' lengths */
    private CodeBlock loop(QueryIr query, ResultShape shape, TypeName element, boolean sliced) {
        CodeBlock.Builder code = CodeBlock.builder();
        TypeName result = switch (query.kind()) {
            case BATCHONE -> ParameterizedTypeName.get(ClassName.get(Optional.class), single.rowType(shape, false));
            case BATCHMANY -> ParameterizedTypeName.get(ClassName.get(List.class), single.rowType(shape, true));
            default -> null;
        };
        if (result != null) {
            code.addStatement("$T results = new $T<>()", single.returnType(query, shape), ArrayList.class);
        }
        code.beginControlFlow("for ($T p : params)", element);
        if (sliced) {
            code.addStatement("$T ps = statements.statement($L)", PreparedStatement.class,
                    single.slices().sizes(query, values(query)));
        }
        code.add(single.binds(query, values(query)));
        switch (query.kind()) {
            case BATCHEXEC -> code.addStatement("lease.addBatch(ps)");
            case BATCHONE -> code.beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class)
                    .beginControlFlow("if (!rs.next())")
                    .addStatement("results.add($T.empty())", Optional.class)
                    .addStatement("continue")
                    .endControlFlow()
                    .addStatement("$T row = $L", single.rowType(shape, true), single.readRow(shape))
                    .beginControlFlow("if (rs.next())")
                    .addStatement("throw lease.tooManyRows()")
                    .endControlFlow()
                    .addStatement("results.add($T.of(row))", Optional.class)
                    .endControlFlow();
            case BATCHMANY -> code.beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class)
                    .addStatement("$T rows = new $T<>()", result, ArrayList.class)
                    .beginControlFlow("while (rs.next())")
                    .addStatement("rows.add($L)", single.readRow(shape))
                    .endControlFlow()
                    .addStatement("results.add(rows)")
                    .endControlFlow();
            default -> throw new IllegalArgumentException("not a batch kind: " + query.kind());
        }
        code.endControlFlow();
        if (result == null) {
            return code.addStatement(sliced ? "lease.succeeded(statements.executeBatch())"
                    : "lease.succeeded(lease.executeBatch(ps))").build();
        }
        return code.addStatement("lease.succeeded(results.size())").addStatement("return results").build();
    }

    private CodeBlock copy(QueryIr query, TypeName element) {
        QueryIr.CopyTarget target = query.copyTarget();
        List<String> values = values(query);
        if (types.engine() == Engine.POSTGRESQL) {
            List<CodeBlock> items = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                items.add(single.access().toDatabase(query.params().get(i), values.get(i)));
            }
            return CodeBlock.of("return $T.copyIn(lease, lease.query().sql(), params, p -> new Object[] {$L});\n",
                    RuntimeTypes.PG_COPY, CodeBlock.join(items, ", "));
        }
        CodeBlock.Builder binds = CodeBlock.builder();
        for (int i = 0; i < query.params().size(); i++) {
            ParamIr param = query.params().get(i);
            binds.addStatement(single.access().bind(param, "base + " + (i + 1), values.get(i)));
        }
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(target.columns().size(), "?")) + ")";
        return CodeBlock.builder()
                .add("return $T.run(lease, $S, $S, $L, params, (ps, base, p) -> {\n$>", RuntimeTypes.MULTI_ROW_INSERT,
                        CopySql.insertPrefix(query, types.engine()), tuple, target.columns().size())
                .add(binds.build())
                .add("$<});\n")
                .build();
    }
}
