/** vnu-jar: the path of the Nu HTML Checker's jar file. */
declare module 'vnu-jar' {
  const jar: string;
  export default jar;
}
