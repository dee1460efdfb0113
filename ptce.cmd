@echo off
rem The ptce command-line tool on Windows. Builds ptce-examples\target\ptce.jar with the Maven Wrapper when
rem it is missing (run "mvnw.cmd -pl ptce-examples -am package -DskipTests" yourself after changing the
rem sources), then runs it: ptce check --sample tetris
setlocal
set "PTCE_ROOT=%~dp0"
set "PTCE_JAR=%PTCE_ROOT%ptce-examples\target\ptce.jar"
if not exist "%PTCE_JAR%" (
  echo ptce: building the tool ^(the first time takes a minute or two^)... 1>&2
  pushd "%PTCE_ROOT%"
  call mvnw.cmd -B -q -ntp -pl ptce-examples -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true 1>&2
  if errorlevel 1 (
    popd
    echo ptce: the build failed 1>&2
    exit /b 5
  )
  popd
)
java %PTCE_JAVA_OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%PTCE_JAR%" %*
exit /b %ERRORLEVEL%
