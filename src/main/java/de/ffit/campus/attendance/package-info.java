/**
 * Attendance records: one mark per learner and lesson. This foundation holds the model (the demo data has
 * attendance already taken); taking attendance in the browser and its history come with their own issue.
 */
package de.ffit.campus.attendance;
