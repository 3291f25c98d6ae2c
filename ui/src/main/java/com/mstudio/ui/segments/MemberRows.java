package com.mstudio.ui.segments;

import javafx.collections.ObservableListBase;

/** Given row indices (a segment's members) as an observable list, so a virtualized table holds no per-row objects. */
final class MemberRows extends ObservableListBase<Integer> {
    private final int[] rows;

    MemberRows(int[] rows) {
        this.rows = rows;
    }

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }
}
