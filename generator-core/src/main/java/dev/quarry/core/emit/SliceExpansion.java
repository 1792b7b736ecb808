package dev.quarry.core.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generated code of queries with {@code sqlc.slice} parameters: a {@code SliceSql} constant that
 * splits the SQL once at its slice markers, the expansion per call (one placeholder per element),
 * and binding at running positions, since a slice moves every placeholder after it.
 */
final class SliceExpansion {
    private final JavaTypeMapper types;
    private final JdbcAccess access;

    SliceExpansion(JavaTypeMapper types, JdbcAccess access) {
        this.types = types;
        this.access = access;
    }

    static boolean has(QueryIr query) {
        return query.params().stream().anyMatch(ParamIr::slice);
    }

    /** {@code private static final SliceSql X_SLICES = SliceSql.of(X_SQL, <empty list forms>)}. */
    FieldSpec field(QueryIr query, String sqlField, String slicesField) {
        List<CodeBlock> empties = new ArrayList<>();
        for (int slot = 1; slot <= slotCount(query); slot++) {
            ParamIr param = paramAt(query, slot);
            if (param.slice()) {
                empties.add(CodeBlock.of("$S", emptyList(param.sqlType())));
            }
        }
        return FieldSpec.builder(RuntimeTypes.SLICE_SQL, slicesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($N, $L)", RuntimeTypes.SLICE_SQL, sqlField, CodeBlock.join(empties, ", "))
                .build();
    }

    /** The expanded SQL of this call: {@code X_SLICES.expand(ids.size(), ...)}, one size per marker. */
    CodeBlock expandedSql(QueryIr query, String slicesField, List<String> values) {
        return CodeBlock.of("$N.expand($L)", slicesField, sizes(query, values));
    }

    /** The lists' lengths, {@code ids.size(), ...}, one per slice marker in SQL order. */
    CodeBlock sizes(QueryIr query, List<String> values) {
        List<CodeBlock> sizes = new ArrayList<>();
        for (int slot = 1; slot <= slotCount(query); slot++) {
            int index = query.params().indexOf(paramAt(query, slot));
            if (query.params().get(index).slice()) {
                sizes.add(CodeBlock.of("$N.size()", values.get(index)));
            }
        }
        return CodeBlock.join(sizes, ", ");
    }

    /**
     * Binds placeholder by placeholder at a running position, with the parameter's type overrides as
     * the other binds; a slice binds each element with its type's setter.
     */
    CodeBlock binds(QueryIr query, List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("int position = 1");
        for (int slot = 1; slot <= slotCount(query); slot++) {
            ParamIr param = paramAt(query, slot);
            String value = values.get(query.params().indexOf(param));
            if (param.slice()) {
                code.beginControlFlow("for ($T element : $N)",
                                types.javaType(param.sqlType(), false, param.column()).box(), value)
                        .addStatement(access.bindElement(param, "position++", "element"))
                        .endControlFlow();
            } else {
                code.addStatement(access.bind(param, "position++", value));
            }
        }
        return code.build();
    }

    /** A subquery without rows: {@code x IN} it is false, {@code x NOT IN} it true. PostgreSQL needs its type. */
    private String emptyList(SqlType element) {
        if (types.engine() != Engine.POSTGRESQL) {
            return "SELECT NULL WHERE 1 = 0";
        }
        String name = element.name();
        if (element instanceof SqlType.Enum e) {
            // unqualified in the default schema, like every name in the query, so search_path finds it
            boolean qualified = !e.schema().isEmpty() && !e.schema().equals(types.engine().defaultSchema());
            name = (qualified ? quote(e.schema()) + "." : "") + quote(e.name());
        }
        return "SELECT CAST(NULL AS " + name + ") WHERE 1 = 0";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static int slotCount(QueryIr query) {
        return query.params().stream().mapToInt(p -> p.positions().size()).sum();
    }

    private static ParamIr paramAt(QueryIr query, int slot) {
        return query.params().stream().filter(p -> p.positions().contains(slot)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no parameter at position " + slot + " of " + query.name()));
    }
}
