/**
 * The legislation base: adopted acts, their editions over time, the provision tree with permalinks, amendments and
 * citations.
 */
package uz.muhokama.legislation;
