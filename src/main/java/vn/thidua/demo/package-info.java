/**
 * Demo data (dữ liệu mẫu): a fictional province, tỉnh Sơn Hà, with its agencies, communes, people, past awards and
 * one account per role, loaded through the same validated imports that users' files go through. Loaded into an
 * empty database at start-up when {@code thidua.demo.load} is true, or explicitly through {@link
 * vn.thidua.demo.DemoData}.
 */
package vn.thidua.demo;
