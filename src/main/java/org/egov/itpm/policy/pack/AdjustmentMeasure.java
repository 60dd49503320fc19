package org.egov.itpm.policy.pack;

/**
 * How a pack measures 资金调整 (the funds adjusted by a change) against its percentage limit.
 * The seeds differ: Baotou art.21 defines it as the larger of the added and the removed investment; Jianshan item 14
 * and Wushan art.20 give no definition (see each pack's notes for the reading chosen).
 */
public enum AdjustmentMeasure {
    /** max(added, removed): Baotou art.21 "增加或减少建设内容的投资调整值中较大者" */ LARGER_OF_ADDED_AND_REMOVED,
    /** added + removed: every yuan moved in or out counts */ ADDED_PLUS_REMOVED
}
