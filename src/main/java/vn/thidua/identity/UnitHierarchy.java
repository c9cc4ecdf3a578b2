package vn.thidua.identity;

/**
 * The unit tree as authorization sees it. Implemented by the organization module, so that identity does not
 * depend on it.
 */
public interface UnitHierarchy {

    /** Whether the unit is the scope root itself or lies below it. */
    boolean isWithin(long unitId, long scopeRootId);
}
