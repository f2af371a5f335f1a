/**
 * How the tests start Java (the Nu HTML Checker, PDFBox Preflight): each run is short,
 * so the JVM compiles with C1 only and collects with one thread. Measured on the Nu
 * checker over three pages: 3.2 s of CPU instead of 6.0 s, the same report. The Nu
 * checker needs a larger thread stack once C2 no longer trims its recursion.
 */
export const SHORT_JAVA = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
