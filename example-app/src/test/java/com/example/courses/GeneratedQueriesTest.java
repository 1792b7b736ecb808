package com.example.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.courses.db.Course;
import com.example.courses.db.CourseReportRow;
import com.example.courses.db.CoursesQueries;
import com.example.courses.db.CreateCourseRow;
import com.example.courses.db.EnrollmentsQueries;
import com.example.courses.db.ListOrdersOfUserRow;
import com.example.courses.db.ListUserCoursesRow;
import com.example.courses.db.ListUsersRow;
import com.example.courses.db.OrdersQueries;
import com.example.courses.db.PlaceOrderRow;
import com.example.courses.db.ReportsQueries;
import com.example.courses.db.RevenueByInstructorRow;
import com.example.courses.db.User;
import com.example.courses.db.UsersQueries;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.runtime.QuarryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated queries classes against a real SQLite file, migrated as the app does it. */
class GeneratedQueriesTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 9, 30, 0);

    private HikariDataSource dataSource;
    private UsersQueries users;
    private CoursesQueries courses;
    private EnrollmentsQueries enrollments;
    private OrdersQueries orders;
    private ReportsQueries reports;
    private User ada;
    private User grace;
    private CreateCourseRow sql;

    @BeforeEach
    void migrateAndSeed(@TempDir Path dir) {
        dataSource = Database.open("jdbc:sqlite:" + dir.resolve("test.db"));
        new Migrations(dataSource).migrate();
        users = new UsersQueries(dataSource);
        courses = new CoursesQueries(dataSource);
        enrollments = new EnrollmentsQueries(dataSource);
        orders = new OrdersQueries(dataSource);
        reports = new ReportsQueries(dataSource);
        ada = users.createUser("ada@example.com", "Ada", "Teaches.").orElseThrow();
        grace = users.createUser("grace@example.com", "Grace", null).orElseThrow();
        sql = courses.createCourse(ada.id(), "SQL", 4900).orElseThrow();
        courses.publishCourse(sql.id());
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void nullableColumnsComeBackNull() {
        assertNull(grace.bio());
        assertEquals("Teaches.", ada.bio());
        assertNull(users.getUser(grace.id()).orElseThrow().bio());
        assertEquals(List.of(new ListUsersRow(ada.id(), "Ada", "Teaches."), new ListUsersRow(grace.id(), "Grace", null)),
                users.listUsers());
        assertEquals(1, users.updateBio(null, ada.id()));
        assertNull(users.findUserByEmail("ada@example.com").orElseThrow().bio());
    }

    @Test
    void oneWithoutRowIsEmpty() {
        assertEquals(Optional.empty(), users.getUser(999));
        assertEquals(Optional.empty(), users.findUserByEmail("nobody@example.com"));
        assertEquals(Optional.empty(), courses.getCourse(999));
    }

    @Test
    void insertReturningAndDefaults() {
        assertTrue(ada.id() > 0);
        assertEquals("ada@example.com", ada.email());
        assertTrue(ada.createdAt().isAfter(LocalDateTime.of(2020, 1, 1, 0, 0)), "DEFAULT CURRENT_TIMESTAMP read back");
        CreateCourseRow draft = courses.createCourse(ada.id(), "Draft", 100).orElseThrow();
        assertEquals(new CreateCourseRow(draft.id(), "Draft", false), draft);
        assertEquals(new Course(draft.id(), ada.id(), "Draft", 100, false), courses.getCourse(draft.id()).orElseThrow());
    }

    @Test
    void execRowsCountsAffectedRows() {
        assertEquals(0, courses.publishCourse(sql.id()), "already published");
        assertEquals(0, users.updateBio("x", 999));
        enrollments.enroll(grace.id(), sql.id(), T0);
        assertEquals(1, enrollments.completeCourse(T0.plusDays(1), grace.id(), sql.id()));
        assertEquals(0, enrollments.completeCourse(T0.plusDays(2), grace.id(), sql.id()));
        assertEquals(1, enrollments.unenroll(grace.id(), sql.id()));
        assertEquals(0, enrollments.unenroll(grace.id(), sql.id()));
    }

    @Test
    void joinsWithAliasesAndTimestamps() {
        PlaceOrderRow placed = orders.placeOrder(grace.id(), sql.id(), 4900, T0).orElseThrow();
        assertEquals(new PlaceOrderRow(placed.id(), "paid", T0), placed);
        assertEquals(List.of(new ListOrdersOfUserRow(placed.id(), "SQL", 4900, "paid", T0, null)),
                orders.listOrdersOfUser(grace.id()));
        assertEquals(1, orders.refundOrder(T0.plusHours(1), placed.id()));
        assertEquals(T0.plusHours(1), orders.getOrder(placed.id()).orElseThrow().refundedAt());
        assertEquals(0, orders.deleteRefundsBefore(T0));
        assertEquals(1, orders.deleteRefundsBefore(T0.plusDays(1)));
        assertEquals("Ada", courses.listPublishedCourses().get(0).instructor());
    }

    @Test
    void leftJoinGivesNullsForMissingPartners() {
        enrollments.enroll(grace.id(), sql.id(), T0);
        assertEquals(List.of(
                new ListUserCoursesRow(ada.id(), "Ada", null, null, null),
                new ListUserCoursesRow(grace.id(), "Grace", "SQL", T0, null)),
                enrollments.listUserCourses());
    }

    @Test
    void reportCountsZeroNotNullForCoursesNobodyTook() {
        CreateCourseRow empty = courses.createCourse(ada.id(), "Empty", 1000).orElseThrow();
        Checkout checkout = new Checkout(dataSource);
        checkout.buy(grace.id(), sql.id(), T0);
        enrollments.completeCourse(T0.plusDays(1), grace.id(), sql.id());
        assertEquals(List.of(
                new CourseReportRow(sql.id(), "SQL", "Ada", 1, 1, 4900),
                new CourseReportRow(empty.id(), "Empty", "Ada", 0, 0, 0)),
                reports.courseReport());
        assertEquals(List.of(new RevenueByInstructorRow(ada.id(), "Ada", 1, 4900)), reports.revenueByInstructor());
        assertEquals(Optional.of(0L), enrollments.countStudents(empty.id()));
    }

    @Test
    void constraintViolationNamesTheQueryAndItsSource() {
        QuarryException e = assertThrows(QuarryException.class,
                () -> users.createUser("ada@example.com", "Ada again", null));
        assertEquals("CreateUser", e.queryName());
        assertEquals("src/main/sql/users.sql:2", e.sourceLocation());
        assertInstanceOf(SQLException.class, e.getCause());
        assertTrue(e.getMessage().contains("UNIQUE"), e.getMessage());

        // foreign keys are enforced on every pooled connection
        QuarryException fk = assertThrows(QuarryException.class, () -> enrollments.enroll(999, sql.id(), T0));
        assertEquals("Enroll", fk.queryName());
        assertTrue(fk.getMessage().contains("FOREIGN KEY"), fk.getMessage());
    }

    @Test
    void checkoutRollsBackTheOrderWhenTheEnrollmentFails() {
        Checkout checkout = new Checkout(dataSource);
        PlaceOrderRow first = checkout.buy(grace.id(), sql.id(), T0);
        QuarryException e = assertThrows(QuarryException.class, () -> checkout.buy(grace.id(), sql.id(), T0));
        assertEquals("Enroll", e.queryName());
        assertEquals(List.of(first.id()), orders.listOrdersOfUser(grace.id()).stream().map(ListOrdersOfUserRow::id).toList());

        assertTrue(checkout.refund(first.id(), T0.plusDays(1)));
        assertEquals(Optional.of(0L), enrollments.countStudents(sql.id()));
        assertEquals(false, checkout.refund(first.id(), T0.plusDays(2)));
    }
}
