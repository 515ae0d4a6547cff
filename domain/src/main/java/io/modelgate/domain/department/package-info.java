/**
 * Departments: the unit that files usage requests, holds approvals and spends a monthly budget.
 * For now only the identifier {@link io.modelgate.domain.department.DepartmentId}.
 */
package io.modelgate.domain.department;
