package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * The queries class of one query file: per query a public SQL constant, a private
 * {@code QueryInfo} constant and a method; constructed over a DataSource or a Connection.
 */
final class QueriesClassEmitter {
    private final ProjectNames names;
    private final QueryMethodEmitter methods;

    QueriesClassEmitter(JavaTypeMapper types, ProjectNames names) {
        this.names = names;
        this.methods = new QueryMethodEmitter(types);
    }

    /** {@code queries} are the file's queries that can be generated, in file order. */
    TypeSpec emit(QueryFileIr file, List<QueryIr> queries) {
        ClassName name = names.queriesClass(file);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .alwaysQualify(names.shadowedJavaLangNames())
                .addJavadoc("The queries of {@code $L}.", JavadocText.escape(file.file()));
        Set<String> fields = new HashSet<>(Set.of("source"));
        List<String> methodNames = JavaNames.distinct(queries.stream().map(q -> JavaNames.camelCase(q.name())).toList(),
                Set.of());
        for (int i = 0; i < queries.size(); i++) {
            QueryIr query = queries.get(i);
            String sqlField = allocate(fields, JavaNames.upperSnake(query.name()) + "_SQL");
            String infoField = allocate(fields, JavaNames.upperSnake(query.name()) + "_QUERY");
            type.addField(FieldSpec.builder(String.class, sqlField, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The SQL of {@code $L}, as sent to the driver.", JavadocText.escape(query.name()))
                    .initializer("$S", query.jdbcSql())
                    .build());
            type.addField(FieldSpec.builder(RuntimeTypes.QUERY_INFO, infoField, Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("new $T($S, $S, $N)", RuntimeTypes.QUERY_INFO, query.name(),
                            query.file() + ":" + query.line(), sqlField)
                    .build());
            type.addMethod(methods.emit(query, methodNames.get(i), infoField, ResultShape.of(query, names)));
        }
        return type.addField(RuntimeTypes.CONNECTION_SOURCE, "source", Modifier.PRIVATE, Modifier.FINAL)
                .addMethods(constructors())
                .build();
    }

    private static String allocate(Set<String> taken, String name) {
        String unique = JavaNames.unique(name, taken);
        taken.add(unique);
        return unique;
    }

    private static List<MethodSpec> constructors() {
        return List.of(
                MethodSpec.constructorBuilder()
                        .addJavadoc("Runs each query on its own connection from {@code dataSource}, closed afterwards.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DataSource.class, "dataSource")
                        .addStatement("this.source = $T.of(dataSource)", RuntimeTypes.CONNECTION_SOURCE)
                        .build(),
                MethodSpec.constructorBuilder()
                        .addJavadoc("Runs the queries on {@code connection}, in the caller's transaction; never closes it.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Connection.class, "connection")
                        .addStatement("this.source = $T.of(connection)", RuntimeTypes.CONNECTION_SOURCE)
                        .build());
    }
}
