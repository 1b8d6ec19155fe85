@echo off
rem footprint launcher for Windows: runs the built CLI jar, building it first if needed.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%footprint-cli\target\footprint-all.jar"
if not exist "%JAR%" (
  echo footprint: building the CLI once ^(mvnw package^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests -Dmaven.test.skip=true package -pl footprint-cli -am 1>&2 || (popd & exit /b 4)
  popd
)
set "JAVA_CMD=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
set "JSA=%HERE%footprint-cli\target\footprint.jsa"
set "CDS="
if exist "%JSA%" set "CDS=-XX:SharedArchiveFile=%JSA% -Xshare:auto"
"%JAVA_CMD%" %CDS% -XX:+UseSerialGC -Xmn16m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10 -Xss4m %FOOTPRINT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
