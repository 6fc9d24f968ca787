/**
 * Demo data for the default run on the embedded database: organisations, people and real legislation from the shared
 * corpus. Loaded only into an empty database and only when {@code muhokama.demo-data} is true.
 */
package uz.muhokama.demo;
