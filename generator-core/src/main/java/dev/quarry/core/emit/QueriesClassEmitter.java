package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * The queries class of one query file: per query a public SQL constant, a private
 * {@code QueryInfo} constant and its methods; constructed over a DataSource or a Connection, with
 * options (timeout, listener, batch and fetch sizes) set through copies.
 */
final class QueriesClassEmitter {
    private final ProjectNames names;
    private final JavaTypeMapper types;
    private final QueryMethodEmitter methods;
    private final BatchMethodEmitter batches;
    private final StreamMethodEmitter streams;

    QueriesClassEmitter(JavaTypeMapper types, ProjectNames names) {
        this.names = names;
        this.types = types;
        this.methods = new QueryMethodEmitter(types, names.members());
        this.batches = new BatchMethodEmitter(methods, types, names);
        this.streams = new StreamMethodEmitter(methods, types);
    }

    /** {@code queries} are the file's queries that can be generated, in file order. */
    TypeSpec emit(QueryFileIr file, List<QueryIr> queries) {
        ClassName name = names.queriesClass(file);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .alwaysQualify(names.shadowedJavaLangNames())
                .addJavadoc("The queries of {@code $L}.", JavadocText.escape(file.file()));
        Set<String> fields = new HashSet<>(Set.of("source", "options"));
        for (String converter : types.converters()) {
            // one instance per class: converting a value allocates nothing but the value
            ClassName converterClass = ClassName.bestGuess(converter);
            String field = JdbcAccess.converterField(converter);
            fields.add(field);
            type.addField(FieldSpec.builder(converterClass, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", converterClass)
                    .build());
        }
        List<String> methodNames = methodNames(queries);
        int next = 0;
        for (QueryIr query : queries) {
            String sqlField = allocate(fields, JavaNames.upperSnake(query.name()) + "_SQL");
            String infoField = allocate(fields, JavaNames.upperSnake(query.name()) + "_QUERY");
            type.addField(FieldSpec.builder(String.class, sqlField, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The SQL of {@code $L}, as sent to the driver.", JavadocText.escape(query.name()))
                    .initializer("$S", CopySql.sent(query, types.engine()))
                    .build());
            type.addField(FieldSpec.builder(RuntimeTypes.QUERY_INFO, infoField, Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("new $T($S, $S, $N)", RuntimeTypes.QUERY_INFO, query.name(),
                            query.file() + ":" + query.line(), sqlField)
                    .build());
            String slicesField = null;
            if (SliceExpansion.has(query)) {
                slicesField = allocate(fields, JavaNames.upperSnake(query.name()) + "_SLICES");
                type.addField(methods.slices().field(query, sqlField, slicesField));
            }
            ResultShape shape = ResultShape.of(query, names);
            String method = methodNames.get(next++);
            AnnotationSpec source = RuntimeTypes.sqlSource(query);
            if (query.kind().takesParameterList()) {
                type.addMethod(annotated(batches.emit(query, method, infoField, slicesField, shape), source));
            } else {
                type.addMethod(annotated(methods.emit(query, method, infoField, slicesField, shape), source));
            }
            if (query.kind() == QueryKind.MANY) {
                String stream = methodNames.get(next++);
                type.addMethod(annotated(streams.stream(query, stream, method, infoField, slicesField, shape), source));
                type.addMethod(annotated(streams.forEach(query, methodNames.get(next++), stream, shape), source));
            }
        }
        return type.addField(RuntimeTypes.CONNECTION_SOURCE, "source", Modifier.PRIVATE, Modifier.FINAL)
                .addField(RuntimeTypes.QUERY_OPTIONS, "options", Modifier.PRIVATE, Modifier.FINAL)
                .addMethods(constructors(name))
                .build();
    }

    private static MethodSpec annotated(MethodSpec method, AnnotationSpec source) {
        return method.toBuilder().addAnnotation(source).build();
    }

    /** Per query its method, and for :many also its stream and forEach methods; distinct, in that order. */
    private static List<String> methodNames(List<QueryIr> queries) {
        List<String> wanted = new ArrayList<>();
        for (QueryIr query : queries) {
            wanted.add(JavaNames.camelCase(query.name()));
            if (query.kind() == QueryKind.MANY) {
                wanted.add("stream" + JavaNames.pascalCase(query.name()));
                wanted.add("forEach" + JavaNames.pascalCase(query.name()));
            }
        }
        return JavaNames.distinct(wanted, Set.of("withOptions", "withTimeout", "options"));
    }

    private static String allocate(Set<String> taken, String name) {
        String unique = JavaNames.unique(name, taken);
        taken.add(unique);
        return unique;
    }

    private static List<MethodSpec> constructors(ClassName self) {
        return List.of(
                MethodSpec.constructorBuilder()
                        .addJavadoc("Runs each query on its own connection from {@code dataSource}, closed afterwards.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DataSource.class, "dataSource")
                        .addStatement("this($T.of(dataSource), $T.DEFAULTS)", RuntimeTypes.CONNECTION_SOURCE,
                                RuntimeTypes.QUERY_OPTIONS)
                        .build(),
                MethodSpec.constructorBuilder()
                        .addJavadoc("Runs the queries on {@code connection}, in the caller's transaction; never closes it.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Connection.class, "connection")
                        .addStatement("this($T.of(connection), $T.DEFAULTS)", RuntimeTypes.CONNECTION_SOURCE,
                                RuntimeTypes.QUERY_OPTIONS)
                        .build(),
                MethodSpec.constructorBuilder()
                        .addJavadoc("Runs the queries on connections from {@code source}, with {@code options}.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.CONNECTION_SOURCE, "source")
                        .addParameter(RuntimeTypes.QUERY_OPTIONS, "options")
                        .addStatement("this.source = source")
                        .addStatement("this.options = options")
                        .build(),
                MethodSpec.methodBuilder("options")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.QUERY_OPTIONS)
                        .addStatement("return options")
                        .build(),
                MethodSpec.methodBuilder("withOptions")
                        .addJavadoc("A copy of these queries, on the same connections, with {@code newOptions}.")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(RuntimeTypes.QUERY_OPTIONS, "newOptions")
                        .addStatement("return new $T(source, newOptions)", self)
                        .build(),
                MethodSpec.methodBuilder("withTimeout")
                        .addJavadoc("A copy of these queries whose statements time out after {@code timeout}"
                                + " (whole seconds,\nrounded up), failing with a {@code QueryTimeoutException}.")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(Duration.class, "timeout")
                        .addStatement("return new $T(source, options.withTimeout(timeout))", self)
                        .build());
    }
}
