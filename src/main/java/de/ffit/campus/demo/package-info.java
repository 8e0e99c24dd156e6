/**
 * Demo mode: the data a new visitor finds when the app runs without a database configured. It is seeded once
 * into the embedded database and never exists in production mode.
 */
package de.ffit.campus.demo;
