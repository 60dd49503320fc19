package org.egov.itpm.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The items of one person's digest as the reminder run collects them: every item counted, the first {@value #LISTED}
 * of each part kept for the mail's list, so neither the run's memory nor a mail grows with the number of projects.
 * The weekly digest lists orders to rectify still running apart ({@link #weekly()}); the daily one lists all together.
 */
final class DigestItems {

    static final int LISTED = 200;

    private final boolean ordersApart;

    private final List<DueItem> listed = new ArrayList<>();
    private final List<DueItem> listedOrders = new ArrayList<>();
    private int total;
    private int totalOrders;

    private DigestItems(boolean ordersApart) {
        this.ordersApart = ordersApart;
    }

    static DigestItems daily() {
        return new DigestItems(false);
    }

    static DigestItems weekly() {
        return new DigestItems(true);
    }

    /** Adds an item; in a weekly digest an order to rectify still running goes to the second part. */
    void add(DueItem item) {
        if (ordersApart && item.openOrder()) {
            totalOrders++;
            keep(listedOrders, item);
        } else {
            total++;
            keep(listed, item);
        }
    }

    DigestItems addAll(List<DueItem> items) {
        items.forEach(this::add);
        return this;
    }

    List<DueItem> listed() {
        return Collections.unmodifiableList(listed);
    }

    int total() {
        return total;
    }

    List<DueItem> listedOrders() {
        return Collections.unmodifiableList(listedOrders);
    }

    int totalOrders() {
        return totalOrders;
    }

    private static void keep(List<DueItem> list, DueItem item) {
        if (list.size() < LISTED) {
            list.add(item);
        }
    }
}
