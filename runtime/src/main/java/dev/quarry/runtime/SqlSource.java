package dev.quarry.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the SQL behind a generated method or record is written: on every generated query method
 * and on every row and parameter record. Kept in the class files (not at run time), so IDEs,
 * annotation processors and bytecode tools can go from Java to the query; the {@code -- name:}
 * line at {@code file:line} is the query's start.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SqlSource {
    /** The query file, relative to the project's configuration file, with forward slashes. */
    String file();

    /** The line of the query's {@code -- name:} comment, from 1. */
    int line();

    /** The query's name, as on its {@code -- name:} line. */
    String query();
}
