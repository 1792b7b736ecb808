package com.example.courses;

import com.example.courses.db.Course;
import com.example.courses.db.CoursesQueries;
import com.example.courses.db.EnrollmentsQueries;
import com.example.courses.db.Order;
import com.example.courses.db.OrdersQueries;
import com.example.courses.db.PlaceOrderRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Buying and refunding. Each writes an order and an enrollment, which must change together, so
 * each runs in one transaction: the generated queries classes are built over its connection.
 */
public final class Checkout {
    private final DataSource dataSource;

    public Checkout(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Charges the course's price and enrolls the user; a second purchase fails and leaves no order. */
    public PlaceOrderRow buy(long userId, long courseId, LocalDateTime at) {
        return inTransaction(connection -> {
            Course course = new CoursesQueries(connection).getCourse(courseId)
                    .filter(Course::published)
                    .orElseThrow(() -> new IllegalArgumentException("no published course " + courseId));
            PlaceOrderRow order = new OrdersQueries(connection)
                    .placeOrder(userId, courseId, course.priceCents(), at)
                    .orElseThrow();
            // the enrollment's primary key rejects a user who already has the course
            new EnrollmentsQueries(connection).enroll(userId, courseId, at);
            return order;
        });
    }

    /** Refunds a paid order and ends its enrollment; false when the order was not paid. */
    public boolean refund(long orderId, LocalDateTime at) {
        return inTransaction(connection -> {
            OrdersQueries orders = new OrdersQueries(connection);
            Order order = orders.getOrder(orderId)
                    .orElseThrow(() -> new IllegalArgumentException("no order " + orderId));
            if (orders.refundOrder(at, orderId) == 0) {
                return false;
            }
            new EnrollmentsQueries(connection).unenroll(order.userId(), order.courseId());
            return true;
        });
    }

    private <T> T inTransaction(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
            // the pool restores auto-commit when the connection goes back
        } catch (SQLException e) {
            throw new IllegalStateException("transaction failed: " + e.getMessage(), e);
        }
    }
}
