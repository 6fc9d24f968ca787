/**
 * The administrators' screens for problem reports: categories with their questions, and the areas each utility serves
 * with the categories it answers for there.
 */
package uz.muhokama.problems.ui.admin;
