package vn.thidua.eligibility;

/**
 * Lỗi biểu thức tiêu chí: what is wrong with a CEL criterion and where (line and column, both from 1).
 *
 * @param message the checker's own message (English, technical), shown next to a translated heading
 */
public record ExpressionProblem(int line, int column, String message) {
}
