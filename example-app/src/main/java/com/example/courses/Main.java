package com.example.courses;

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
import dev.quarry.runtime.QueryOptions;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Runs the course platform once, end to end: migrations, sign-ups, courses, purchases, a refund,
 * housekeeping and the reports, printing what happens.
 *
 * <p>Usage: {@code java -jar example-app.jar [database file or jdbc:sqlite: URL]} (or
 * {@code -Dcourses.db=...}); by default a new database in a temporary folder.
 */
public final class Main {
    private static final String INSTRUCTOR_EMAIL = "ada@example.com";

    private final UsersQueries users;
    private final CoursesQueries courses;
    private final EnrollmentsQueries enrollments;
    private final OrdersQueries orders;
    private final ReportsQueries reports;
    private final Checkout checkout;
    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    private Main(HikariDataSource dataSource, QueryStats stats) {
        // outside the checkout's transactions each query takes its own pooled connection;
        // every execution is reported to the stats listener
        QueryOptions options = QueryOptions.DEFAULTS.withListener(stats);
        users = new UsersQueries(dataSource).withOptions(options);
        courses = new CoursesQueries(dataSource).withOptions(options);
        enrollments = new EnrollmentsQueries(dataSource).withOptions(options);
        orders = new OrdersQueries(dataSource).withOptions(options);
        reports = new ReportsQueries(dataSource).withOptions(options);
        checkout = new Checkout(dataSource);
    }

    public static void main(String[] args) {
        String url = Database.url(args);
        System.out.println("database: " + url);
        try (HikariDataSource dataSource = Database.open(url)) {
            Migrations.Result migrated = new Migrations(dataSource).migrate();
            System.out.println("migrations applied: " + migrated.applied()
                    + ", already applied: " + migrated.alreadyApplied());
            QueryStats stats = new QueryStats();
            Main app = new Main(dataSource, stats);
            if (app.users.findUserByEmail(INSTRUCTOR_EMAIL).isPresent()) {
                System.out.println("the demo data is already there; only the reports follow");
                app.printReports();
            } else {
                app.scenario();
            }
            stats.print();
        }
    }

    private void scenario() {
        User ada = users.createUser(INSTRUCTOR_EMAIL, "Ada Lovelace", "Writes the first programs.").orElseThrow();
        User grace = users.createUser("grace@example.com", "Grace Hopper", null).orElseThrow();
        User alan = users.createUser("alan@example.com", "Alan Turing", null).orElseThrow();
        System.out.println("\n== users (a NULL bio comes back as null)");
        for (ListUsersRow u : users.listUsers()) {
            System.out.printf("  #%d %-13s bio: %s%n", u.id(), u.name(),
                    Optional.ofNullable(u.bio()).map(b -> '"' + b + '"').orElse("(none)"));
        }
        System.out.println("  UpdateBio(Alan): " + users.updateBio("Breaks codes.", alan.id()) + " row");
        System.out.println("  FindUserByEmail(nobody@example.com): "
                + users.findUserByEmail("nobody@example.com").map(User::name).orElse("Optional.empty"));

        CreateCourseRow sql = courses.createCourse(ada.id(), "SQL for Java developers", 4900).orElseThrow();
        CreateCourseRow algebra = courses.createCourse(ada.id(), "Relational algebra", 2900).orElseThrow();
        CreateCourseRow compilers = courses.createCourse(ada.id(), "Compilers", 9900).orElseThrow();
        System.out.println("\n== courses");
        System.out.println("  created " + sql + ", " + algebra + ", " + compilers);
        long published = courses.publishCourse(sql.id()) + courses.publishCourse(algebra.id())
                + courses.publishCourse(compilers.id());
        System.out.println("  published " + published + "; publishing again changes "
                + courses.publishCourse(sql.id()) + " rows");
        courses.listPublishedCourses().forEach(c -> System.out.printf("  %-24s %6.2f  by %s%n",
                c.title(), c.priceCents() / 100.0, c.instructor()));

        System.out.println("\n== purchases (order + enrollment in one transaction)");
        PlaceOrderRow first = checkout.buy(grace.id(), sql.id(), now.minusDays(3));
        System.out.println("  Grace bought SQL: " + first);
        checkout.buy(alan.id(), sql.id(), now.minusDays(2));
        PlaceOrderRow refundable = checkout.buy(alan.id(), algebra.id(), now.minusDays(2));
        System.out.println("  Alan bought SQL and Relational algebra");
        try {
            checkout.buy(grace.id(), sql.id(), now);
        } catch (QuarryException e) {
            System.out.println("  Grace buying SQL again fails in " + e.queryName() + " at "
                    + e.sourceLocation() + "; rolled back, she still has "
                    + orders.listOrdersOfUser(grace.id()).size() + " order");
        }
        System.out.println("  CompleteCourse(Grace, SQL): " + enrollments.completeCourse(now.minusDays(1), grace.id(), sql.id())
                + " row, again: " + enrollments.completeCourse(now, grace.id(), sql.id()) + " rows");
        System.out.println("  students in SQL: " + enrollments.countStudents(sql.id()).orElseThrow());

        System.out.println("\n== refund (order + enrollment in one transaction)");
        System.out.println("  refund Alan's Relational algebra: " + checkout.refund(refundable.id(), now)
                + ", refund it again: " + checkout.refund(refundable.id(), now));
        for (ListOrdersOfUserRow o : orders.listOrdersOfUser(alan.id())) {
            System.out.printf("  order #%d %-24s %-8s refunded at: %s%n", o.id(), o.title(), o.status(),
                    Optional.ofNullable(o.refundedAt()).map(Object::toString).orElse("(not refunded)"));
        }

        printReports();

        System.out.println("\n== housekeeping");
        courses.deleteCourse(compilers.id());
        System.out.println("  deleted the course nobody took; GetCourse(" + compilers.id() + ") now gives "
                + courses.getCourse(compilers.id()));
        System.out.println("  DeleteRefundsBefore(tomorrow): " + orders.deleteRefundsBefore(now.plusDays(1))
                + " row(s)");
    }

    private void printReports() {
        System.out.println("\n== who takes what (LEFT JOIN: Ada takes no course)");
        for (ListUserCoursesRow r : enrollments.listUserCourses()) {
            String progress = r.completedAt() != null ? "completed " + r.completedAt()
                    : r.enrolledAt() != null ? "in progress" : "";
            System.out.println(String.format("  %-13s %-24s %s", r.name(),
                    Optional.ofNullable(r.title()).orElse("(no course)"), progress).stripTrailing());
        }
        System.out.println("\n== course report (CTEs + LEFT JOIN + COALESCE: no students is 0, not NULL)");
        for (CourseReportRow r : reports.courseReport()) {
            System.out.printf("  %-24s students %d, completed %d, revenue %.2f%n",
                    r.title(), r.students(), r.completed(), r.revenueCents() / 100.0);
        }
        System.out.println("\n== revenue by instructor (GROUP BY, count, sum)");
        for (RevenueByInstructorRow r : reports.revenueByInstructor()) {
            System.out.printf("  %s: %d orders, %.2f%n", r.name(), r.orders(), r.revenueCents() / 100.0);
        }
    }
}
