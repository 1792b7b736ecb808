package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.QueryIr;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The streaming forms of a {@code :many} query, for results too large for memory: a {@code Stream}
 * read through a cursor that owns its connection until closed, and a callback per row over it.
 */
final class StreamMethodEmitter {
    private final QueryMethodEmitter single;
    private final JavaTypeMapper types;

    StreamMethodEmitter(QueryMethodEmitter single, JavaTypeMapper types) {
        this.single = single;
        this.types = types;
    }

    MethodSpec stream(QueryIr query, String methodName, String manyMethod, String infoField,
            @Nullable String slicesField, ResultShape shape) {
        List<String> paramNames = single.parameterNames(query);
        TypeName row = single.rowType(shape, true);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The rows of {@link #$L} as a stream read through a cursor, {@code fetchSize} rows at a"
                        + " time,\nwithout holding them all. The stream holds a connection (with autocommit off while"
                        + " it\nreads) until it is closed: use it in try-with-resources.\n", manyMethod)
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), row));
        addParameters(query, paramNames, method);
        return method.addStatement("$T lease = source.acquire($N, options)", RuntimeTypes.LEASE, infoField)
                .beginControlFlow("try")
                .addStatement("$T ps = lease.prepareCursor($L)", PreparedStatement.class, slicesField == null
                        ? CodeBlock.of("") : single.slices().expandedSql(query, slicesField, paramNames))
                .addCode(single.binds(query, paramNames))
                .addStatement("return $T.open(lease, ps, rs -> $L)", RuntimeTypes.CURSOR_STREAM, single.readRow(shape))
                .nextControlFlow("catch ($T | $T e)", SQLException.class, RuntimeException.class)
                .addStatement("throw lease.abort(e)")
                .endControlFlow()
                .build();
    }

    MethodSpec forEach(QueryIr query, String methodName, String streamMethod, ResultShape shape) {
        List<String> paramNames = single.parameterNames(query);
        TypeName row = single.rowType(shape, true);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Calls {@code action} with each row of {@link #$L}, read through a cursor; the rows are"
                        + " never\nall held.\n", streamMethod);
        addParameters(query, paramNames, method);
        method.addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(row)),
                "action");
        return method.beginControlFlow("try ($T rows = $N($L))", ParameterizedTypeName.get(ClassName.get(Stream.class), row),
                        streamMethod, String.join(", ", paramNames))
                .addStatement("rows.forEach(action)")
                .endControlFlow()
                .build();
    }

    private void addParameters(QueryIr query, List<String> paramNames, MethodSpec.Builder method) {
        for (int i = 0; i < query.params().size(); i++) {
            ParamIr param = query.params().get(i);
            method.addParameter(single.paramType(param), paramNames.get(i));
        }
    }
}
