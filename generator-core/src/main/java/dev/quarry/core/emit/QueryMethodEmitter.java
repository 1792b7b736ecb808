package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.QueryIr;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** One method of a queries class: binds the parameters, runs the statement, reads the rows. */
final class QueryMethodEmitter {
    /** Locals and fields of generated method bodies; parameters must not shadow them. */
    static final Set<String> BODY_NAMES = Set.of("lease", "ps", "rs", "row", "rows", "e", "source");

    private final JavaTypeMapper types;
    private final JdbcAccess access;

    QueryMethodEmitter(JavaTypeMapper types) {
        this.types = types;
        this.access = new JdbcAccess(types);
    }

    /** Java parameter names: camelCase of the SQL names, distinct, clear of the body's locals. */
    static List<String> parameterNames(QueryIr query) {
        return JavaNames.distinct(query.params().stream().map(p -> JavaNames.camelCase(p.name())).toList(), BODY_NAMES);
    }

    MethodSpec emit(QueryIr query, String methodName, String infoField, ResultShape shape) {
        List<String> paramNames = parameterNames(query);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", QueryJavadoc.of(query, shape))
                .returns(returnType(query, shape));
        for (int i = 0; i < query.params().size(); i++) {
            ParamIr param = query.params().get(i);
            method.addParameter(types.javaType(param.sqlType(), param.nullable()), paramNames.get(i));
        }
        method.beginControlFlow("try ($T lease = source.acquire($N); $T ps = lease.prepare())",
                RuntimeTypes.LEASE, infoField, PreparedStatement.class);
        for (int i = 0; i < query.params().size(); i++) {
            ParamIr param = query.params().get(i);
            for (int position : param.positions()) {
                method.addStatement(access.bind(param.sqlType(), param.nullable(), position, paramNames.get(i)));
            }
        }
        method.addCode(execution(query, shape, infoField));
        return method.nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw $N.failure(e)", infoField)
                .endControlFlow()
                .build();
    }

    private TypeName returnType(QueryIr query, ResultShape shape) {
        return switch (query.kind()) {
            case ONE -> ParameterizedTypeName.get(ClassName.get(Optional.class), rowType(shape, false));
            case MANY -> ParameterizedTypeName.get(ClassName.get(List.class), rowType(shape, true));
            case EXECROWS -> TypeName.LONG;
            default -> TypeName.VOID;
        };
    }

    /** The row type; a nullable single column stays {@code @Nullable} in a list but not in an Optional. */
    private TypeName rowType(ResultShape shape, boolean allowNullable) {
        if (shape instanceof ResultShape.Single single) {
            ColumnIr c = single.column();
            return types.javaType(c.sqlType(), c.nullable() && allowNullable).box();
        } else if (shape instanceof ResultShape.Record record) {
            return record.type();
        }
        throw new IllegalStateException("no row type for " + shape);
    }

    private CodeBlock execution(QueryIr query, ResultShape shape, String infoField) {
        return switch (query.kind()) {
            case ONE -> CodeBlock.builder()
                    .beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class)
                    .beginControlFlow("if (!rs.next())")
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow()
                    .addStatement("$T row = $L", rowType(shape, true), readRow(shape))
                    .beginControlFlow("if (rs.next())")
                    .addStatement("throw $N.tooManyRows()", infoField)
                    .endControlFlow()
                    .addStatement("return $T.$L(row)", Optional.class, isNullableSingle(shape) ? "ofNullable" : "of")
                    .endControlFlow()
                    .build();
            case MANY -> CodeBlock.builder()
                    .beginControlFlow("try ($T rs = ps.executeQuery())", ResultSet.class)
                    .addStatement("$T rows = new $T<>()", returnType(query, shape), ArrayList.class)
                    .beginControlFlow("while (rs.next())")
                    .addStatement("rows.add($L)", readRow(shape))
                    .endControlFlow()
                    .addStatement("return rows")
                    .endControlFlow()
                    .build();
            case EXEC -> CodeBlock.of("ps.execute();\n");
            case EXECROWS -> CodeBlock.of("return ps.executeUpdate();\n");
            default -> throw new IllegalArgumentException("unsupported kind reached emission: " + query.kind());
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
            reads.add(access.read(c.sqlType(), c.nullable(), part.index() + i));
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

    private static boolean isNullableSingle(ResultShape shape) {
        return shape instanceof ResultShape.Single single && single.column().nullable();
    }

    private CodeBlock readRow(ResultShape shape) {
        if (shape instanceof ResultShape.Single single) {
            ColumnIr c = single.column();
            return access.read(c.sqlType(), c.nullable(), 1);
        } else if (shape instanceof ResultShape.Record record) {
            List<CodeBlock> reads = new ArrayList<>();
            for (ResultShape.Part part : record.parts()) {
                if (part instanceof ResultShape.ColumnPart c) {
                    reads.add(access.read(c.column().sqlType(), c.column().nullable(), c.index()));
                } else {
                    reads.add(embedded((ResultShape.EmbedPart) part));
                }
            }
            return CodeBlock.of("new $T(\n$>$>$L$<$<)", record.type(), CodeBlock.join(reads, ",\n"));
        }
        throw new IllegalStateException("no rows for " + shape);
    }
}
