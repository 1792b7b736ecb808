package dev.quarry.core;

import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Quarry's inference against a live database: prepares every query's JDBC SQL (nothing is
 * executed) and compares the parameter and column types the driver reports through
 * {@link ParameterMetaData} and {@link ResultSetMetaData} with the analysis. Only JDBC metadata is
 * used, so any engine whose driver describes prepared statements can be verified; how a driver
 * spells type names is {@link ServerTypeNames}'s concern. The database must already hold the
 * schema: nothing is created or changed.
 */
public final class DatabaseVerifier {

    /** One disagreement, located at the query's {@code -- name:} line. */
    public record Mismatch(String file, int line, String query, String message) {
        /** {@code file:line: error: query Name: message}, like the generator's diagnostics. */
        public String render() {
            return file + ":" + line + ": error: query " + query + ": " + message;
        }
    }

    /** What a verification found, and how many queries it prepared. */
    public record Result(List<Mismatch> mismatches, int queryCount) {
        public Result {
            mismatches = List.copyOf(mismatches);
        }
    }

    private DatabaseVerifier() {}

    /** Prepares every query of the project on {@code connection}; only connection failures throw. */
    public static Result verify(ProjectIr project, Connection connection) throws SQLException {
        ServerTypeNames names = ServerTypeNames.forProduct(connection.getMetaData().getDatabaseProductName());
        List<Mismatch> mismatches = new ArrayList<>();
        int count = 0;
        for (QueryFileIr file : project.queryFiles()) {
            for (QueryIr query : file.queries()) {
                count++;
                verifyQuery(connection, names, query, mismatches);
            }
        }
        return new Result(mismatches, count);
    }

    private static void verifyQuery(Connection connection, ServerTypeNames names, QueryIr query, List<Mismatch> out)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query.jdbcSql())) {
            compareParams(names, query, statement.getParameterMetaData(), problems);
            compareColumns(names, query, statement.getMetaData(), problems);
        } catch (SQLException e) {
            if (connection.isClosed()) {
                throw e;
            }
            problems.add("the database cannot prepare it: " + firstLine(e.getMessage()));
        }
        for (String problem : problems) {
            out.add(new Mismatch(query.file(), query.line(), query.name(), problem));
        }
    }

    private static void compareParams(ServerTypeNames names, QueryIr query, ParameterMetaData params, List<String> problems)
            throws SQLException {
        int serverCount = params.getParameterCount();
        String[] quarry = new String[serverCount];
        String[] paramNames = new String[serverCount];
        for (ParamIr param : query.params()) {
            for (int position : param.positions()) {
                if (position > serverCount) {
                    problems.add("parameter " + param.name() + " is bound at placeholder " + position
                            + " but the database sees " + serverCount + " placeholders");
                } else {
                    quarry[position - 1] = param.sqlType().name();
                    paramNames[position - 1] = param.name();
                }
            }
        }
        for (int i = 1; i <= serverCount; i++) {
            String server = names.normalize(params.getParameterTypeName(i));
            if (server == null || server.equals("null")) {
                // the driver does not describe parameters (client-side prepares; MariaDB says NULL)
                continue;
            }
            if (quarry[i - 1] == null) {
                problems.add("placeholder " + i + " (" + server + ") has no parameter in Quarry's analysis");
            } else if (!names.sameType(server, quarry[i - 1])) {
                problems.add("parameter " + paramNames[i - 1] + " (placeholder " + i + ") is " + server
                        + " in the database, Quarry infers " + quarry[i - 1]);
            }
        }
    }

    private static void compareColumns(ServerTypeNames names, QueryIr query, ResultSetMetaData columns, List<String> problems)
            throws SQLException {
        int serverCount = columns == null ? 0 : columns.getColumnCount();
        if (serverCount == 0 && !query.columns().isEmpty() && !names.describesReturning()) {
            // MariaDB describes every SELECT's columns, so this is a RETURNING it cannot describe: nothing to compare
            return;
        }
        if (serverCount != query.columns().size()) {
            problems.add("the database returns " + serverCount + " columns, Quarry infers " + query.columns().size());
            return;
        }
        for (int i = 1; i <= serverCount; i++) {
            ColumnIr column = query.columns().get(i - 1);
            String server = names.normalize(columns.getColumnTypeName(i));
            String label = columns.getColumnLabel(i);
            if (server != null && !names.sameType(server, column.sqlType().name())) {
                problems.add("column " + i + " (" + label + ") is " + server + " in the database, Quarry infers "
                        + column.sqlType().name());
            }
            if (!label.equalsIgnoreCase(column.name())) {
                problems.add("column " + i + " is named " + label + " in the database, Quarry infers " + column.name());
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
