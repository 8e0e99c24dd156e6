/**
 * The learner kiosk: a shared device at a location (registered by a coordinator, set up once with a setup code),
 * where a learner signs in with their learner card and PIN and sees only their own progress, in their language.
 * Also the learner cards (PDF) and the PINs behind them.
 */
package de.ffit.campus.kiosk;
