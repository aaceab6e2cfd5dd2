<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="206"/>
        <source>Search by number, family, name or community…</source>
        <translation>Buscar por número, familia, nombre o comunidad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="210"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="216"/>
        <location filename="../desktop/ui/agreements_page.py" line="254"/>
        <source>All communities</source>
        <translation>Todas las comunidades</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="217"/>
        <source>Ending within (days):</source>
        <translation>Vence en (días):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="218"/>
        <source>No visit in 12 months</source>
        <translation>Sin visita en 12 meses</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="219"/>
        <source>New agreement…</source>
        <translation>Nuevo acuerdo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="219"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="220"/>
        <source>Sign…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="220"/>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="221"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="221"/>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="222"/>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="222"/>
        <source>Not renewed…</source>
        <translation>No renovado…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="223"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="223"/>
        <source>Print all in list…</source>
        <translation>Imprimir todos los de la lista…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="224"/>
        <source>Renew a community…</source>
        <translation>Renovar una comunidad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="225"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="228"/>
        <source>Add benefit…</source>
        <translation>Agregar beneficio…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="228"/>
        <location filename="../desktop/ui/agreements_page.py" line="231"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="229"/>
        <source>Record delivery…</source>
        <translation>Registrar entrega…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="230"/>
        <source>Add signatory…</source>
        <translation>Agregar firmante…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="232"/>
        <source>Record visit…</source>
        <translation>Registrar visita…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="233"/>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="236"/>
        <source>Another commitment, in your words</source>
        <translation>Otro compromiso, en sus palabras</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="237"/>
        <source>Save commitments</source>
        <translation>Guardar compromisos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="238"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="238"/>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="239"/>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="239"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="240"/>
        <location filename="../desktop/ui/agreements_page.py" line="658"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="275"/>
        <source>1 agreement</source>
        <translation>1 acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="276"/>
        <source>{n} agreements</source>
        <translation>{n} acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="310"/>
        <source>No agreement selected</source>
        <translation>Ningún acuerdo seleccionado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="326"/>
        <source>Family {code}: {head}, {community}</source>
        <translation>Familia {code}: {head}, {community}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="329"/>
        <source>From {start} to {end}; forest committed: {area} ha</source>
        <translation>Del {start} al {end}; bosque comprometido: {area} ha</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="333"/>
        <source>Signed on {date}</source>
        <translation>Firmado el {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="335"/>
        <source>Benefits suspended after a compliance visit.</source>
        <translation>Beneficios suspendidos tras una visita de cumplimiento.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="337"/>
        <source>Renews {number}</source>
        <translation>Renueva {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="339"/>
        <source>Not renewed: {reason}</source>
        <translation>No renovado: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="342"/>
        <source>Benefits still owed: {value}</source>
        <translation>Beneficios pendientes: {value}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="346"/>
        <source>Plot: {name}, {area} ha, {use}</source>
        <translation>Parcela: {name}, {area} ha, {use}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="401"/>
        <location filename="../desktop/ui/agreements_page.py" line="493"/>
        <location filename="../desktop/ui/agreements_page.py" line="503"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="429"/>
        <source>There is no family with that code.</source>
        <translation>No hay ninguna familia con ese código.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="433"/>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="435"/>
        <source>Agreement {number} created as a draft.</source>
        <translation>Acuerdo {number} creado como borrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="449"/>
        <source>Edit agreement</source>
        <translation>Editar acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="450"/>
        <location filename="../desktop/ui/agreements_page.py" line="516"/>
        <location filename="../desktop/ui/agreements_page.py" line="589"/>
        <location filename="../desktop/ui/agreements_page.py" line="633"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="463"/>
        <source>Commitments saved.</source>
        <translation>Compromisos guardados.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="473"/>
        <source>Sign agreement {number}</source>
        <translation>Firmar el acuerdo {number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="475"/>
        <source>Agreement signed.</source>
        <translation>Acuerdo firmado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="478"/>
        <source>Agreement active.</source>
        <translation>Acuerdo vigente.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="481"/>
        <source>Suspend agreement {number}?</source>
        <translation>¿Suspender el acuerdo {number}?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="482"/>
        <source>Agreement suspended.</source>
        <translation>Acuerdo suspendido.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="485"/>
        <source>End agreement {number}? This cannot be undone.</source>
        <translation>¿Terminar el acuerdo {number}? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="486"/>
        <source>Agreement ended.</source>
        <translation>Acuerdo terminado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="489"/>
        <source>Delete draft {number}?</source>
        <translation>¿Eliminar el borrador {number}?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="490"/>
        <source>Draft deleted.</source>
        <translation>Borrador eliminado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="505"/>
        <source>Renewal {number} created as a draft.</source>
        <translation>Renovación {number} creada como borrador.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="515"/>
        <source>Not renewed</source>
        <translation>No renovado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="526"/>
        <source>Renew the agreements of a community</source>
        <translation>Renovar los acuerdos de una comunidad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="530"/>
        <source>{n} renewals created as drafts.</source>
        <translation>{n} renovaciones creadas como borradores.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="537"/>
        <source>Print agreement</source>
        <translation>Imprimir acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="548"/>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="555"/>
        <source>Folder for the agreements</source>
        <translation>Carpeta para los acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="562"/>
        <source>Printing agreements…</source>
        <translation>Imprimiendo acuerdos…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="567"/>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="570"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="573"/>
        <source>{n} agreements printed to {folder}.</source>
        <translation>{n} acuerdos impresos en {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="588"/>
        <source>New benefit</source>
        <translation>Nuevo beneficio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="594"/>
        <location filename="../desktop/ui/agreements_page.py" line="638"/>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="599"/>
        <location filename="../desktop/ui/agreements_page.py" line="612"/>
        <source>Record delivery</source>
        <translation>Registrar entrega</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="600"/>
        <source>Choose a benefit in the list first.</source>
        <translation>Primero elija un beneficio de la lista.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="614"/>
        <source>Delivery recorded.</source>
        <translation>Entrega registrada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="631"/>
        <source>New signatory</source>
        <translation>Nuevo firmante</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="647"/>
        <source>Compliance visit</source>
        <translation>Visita de cumplimiento</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="649"/>
        <source>Visit recorded.</source>
        <translation>Visita registrada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="661"/>
        <source>Consent recorded.</source>
        <translation>Consentimiento registrado.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/ui/app.py" line="25"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="26"/>
        <source>Something went wrong and was not saved. The details are in {log}; please send that file to your support person.</source>
        <translation>Algo salió mal y no se guardó. Los detalles están en {log}; envíe ese archivo a su persona de soporte.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="50"/>
        <source>Preparing the demo database…</source>
        <translation>Preparando la base de datos de demostración…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="70"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli.py" line="30"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="36"/>
        <source>{name} must be at least {minimum}.</source>
        <translation>{name} debe ser al menos {minimum}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="54"/>
        <source>Give the database with --db PATH.</source>
        <translation>Indique la base de datos con --db RUTA.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>{what} “{key}” was not found.</source>
        <translation>No se encontró {what} «{key}».</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="117"/>
        <location filename="../desktop/commands/agreements.py" line="56"/>
        <source>Cannot write or read {path}: {reason}</source>
        <translation>No se puede escribir o leer {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="44"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/demo.py" line="36"/>
        <source>Demo database written to {path}: {families} families, {persons} persons ({seconds:.1f} s).</source>
        <translation>Base de datos de demostración escrita en {path}: {families} familias, {persons} personas ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="121"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location filename="../desktop/commands/agreements.py" line="73"/>
        <source>Agreement {number} written to {path}.</source>
        <translation>Acuerdo {number} escrito en {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/agreements.py" line="98"/>
        <source>There is no community named {name}.</source>
        <translation>No existe una comunidad llamada {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/agreements.py" line="110"/>
        <source>{count} agreements written to the folder {path}.</source>
        <translation>{count} acuerdos escritos en la carpeta {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/agreements.py" line="113"/>
        <source>Agreements written to {path}.</source>
        <translation>Acuerdos escritos en {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/cooperative.py" line="49"/>
        <source>Give the {what}.</source>
        <translation>Indique {what}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/cooperative.py" line="58"/>
        <source>receipt number</source>
        <translation>el número de recibo</translation>
    </message>
    <message>
        <location filename="../desktop/commands/cooperative.py" line="67"/>
        <source>Receipt {number} written to {path}.</source>
        <translation>Recibo {number} escrito en {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/cooperative.py" line="76"/>
        <source>lot code</source>
        <translation>el código de lote</translation>
    </message>
    <message>
        <location filename="../desktop/commands/cooperative.py" line="84"/>
        <source>Lot {lot} cannot be exported; fix these plots first:</source>
        <translation>El lote {lot} no se puede exportar; corrija primero estas parcelas:</translation>
    </message>
    <message>
        <location filename="../desktop/commands/cooperative.py" line="92"/>
        <source>Lot {lot}: {features} plots written to {path} (polygons: {polygons}, points: {points}).</source>
        <translation>Lote {lot}: {features} parcelas escritas en {path} (polígonos: {polygons}, puntos: {points}).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/training.py" line="29"/>
        <source>--blank-lines must be between 0 and 500.</source>
        <translation>--blank-lines debe estar entre 0 y 500.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/training.py" line="31"/>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} es una carpeta; indique un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/training.py" line="45"/>
        <source>There is no training session with id “{key}”.</source>
        <translation>No hay ninguna capacitación con el id «{key}».</translation>
    </message>
    <message>
        <location filename="../desktop/commands/training.py" line="50"/>
        <source>Attendance sheet of “{topic}” written to {path} ({members} registered members listed).</source>
        <translation>Lista de asistencia de «{topic}» escrita en {path} ({members} miembros registrados en la lista).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/workbooks.py" line="17"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/workbooks.py" line="38"/>
        <source>--to must not be before --from.</source>
        <translation>--to no debe ser anterior a --from.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/workbooks.py" line="40"/>
        <source>The workbook&apos;s name must end in .xlsx.</source>
        <translation>El nombre del libro debe terminar en .xlsx.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/workbooks.py" line="47"/>
        <source>Summary written to {path}.</source>
        <translation>Resumen escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../desktop/services/database.py" line="39"/>
        <source>The file {path} is in use by another program. Close it there and try again.</source>
        <translation>El archivo {path} está siendo usado por otro programa. Ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/database.py" line="42"/>
        <source>The file {path} is damaged or is not a Conservation Desk database. Restore a backup (File &gt; Restore backup).</source>
        <translation>El archivo {path} está dañado o no es una base de datos de Escritorio de Acuerdos. Restaure una copia de seguridad (Archivo &gt; Restaurar copia).</translation>
    </message>
    <message>
        <location filename="../desktop/services/database.py" line="46"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/database.py" line="49"/>
        <source>The file {path} cannot be opened for writing. Check that the folder exists and that you may write there.</source>
        <translation>No se puede escribir en el archivo {path}. Verifique que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <location filename="../desktop/services/database.py" line="74"/>
        <source>{path} is on a network drive, where the database could be damaged. Copy it to this computer&apos;s disk and open it from there.</source>
        <translation>{path} está en una unidad de red, donde la base de datos podría dañarse. Cópielo al disco de esta computadora y ábralo desde allí.</translation>
    </message>
    <message>
        <location filename="../desktop/services/database.py" line="79"/>
        <source>There is no database file at {path}.</source>
        <translation>No existe una base de datos en {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/database.py" line="92"/>
        <source>{path} was saved by a newer version of Conservation Desk. Install the newer version to open it.</source>
        <translation>{path} fue guardado por una versión más reciente de Escritorio de Acuerdos. Instale esa versión para abrirlo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/backups.py" line="27"/>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation>La copia de seguridad {path} está dañada; elija otra.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../desktop/ui/families_page.py" line="160"/>
        <source>Search by family code, name, DNI or community…</source>
        <translation>Buscar por código de familia, nombre, DNI o comunidad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="161"/>
        <source>New family…</source>
        <translation>Nueva familia…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="162"/>
        <location filename="../desktop/ui/families_page.py" line="164"/>
        <location filename="../desktop/ui/families_page.py" line="167"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="163"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="164"/>
        <source>Add member…</source>
        <translation>Agregar miembro…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="165"/>
        <location filename="../desktop/ui/families_page.py" line="168"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="167"/>
        <source>Add plot…</source>
        <translation>Agregar parcela…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="170"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="171"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="173"/>
        <location filename="../desktop/ui/families_page.py" line="186"/>
        <source>All communities</source>
        <translation>Todas las comunidades</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="202"/>
        <source>1 family</source>
        <translation>1 familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="203"/>
        <source>{n} families</source>
        <translation>{n} familias</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="216"/>
        <source>No family selected</source>
        <translation>Ninguna familia seleccionada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="230"/>
        <source>Community: {community} ({zone}). Lives inside the forest: {inside}. {address}</source>
        <translation>Comunidad: {community} ({zone}). Vive dentro del bosque: {inside}. {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="256"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="260"/>
        <source>Head of family</source>
        <translation>Jefe(a) de familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="271"/>
        <source>New family</source>
        <translation>Nueva familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="271"/>
        <source>Edit family {code}</source>
        <translation>Editar familia {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="280"/>
        <location filename="../desktop/ui/families_page.py" line="290"/>
        <source>Family {code} saved.</source>
        <translation>Familia {code} guardada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="300"/>
        <source>Delete family</source>
        <translation>Eliminar familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="301"/>
        <source>Delete family {code} with its members and plots? You can undo this with Edit &gt; Undo delete.</source>
        <translation>¿Eliminar la familia {code} con sus miembros y parcelas? Puede deshacerlo con Editar &gt; Deshacer eliminación.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="308"/>
        <source>Family {code} deleted.</source>
        <translation>Familia {code} eliminada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="317"/>
        <source>Family {code} restored.</source>
        <translation>Familia {code} restaurada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="330"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="339"/>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="350"/>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="356"/>
        <location filename="../desktop/ui/families_page.py" line="365"/>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="357"/>
        <source>Remove {name} from the family?</source>
        <translation>¿Quitar a {name} de la familia?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="367"/>
        <source>{name} removed.</source>
        <translation>{name} fue quitado(a).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="376"/>
        <source>New plot</source>
        <translation>Nueva parcela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="387"/>
        <source>Edit plot</source>
        <translation>Editar parcela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="393"/>
        <source>Remove plot</source>
        <translation>Quitar parcela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="394"/>
        <source>Remove plot {name}?</source>
        <translation>¿Quitar la parcela {name}?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="398"/>
        <source>Plot {name} removed.</source>
        <translation>Parcela {name} quitada.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="111"/>
        <source>Person code</source>
        <translation>Código de persona</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="112"/>
        <location filename="../desktop/services/agreement_fields.py" line="12"/>
        <location filename="../desktop/services/fields.py" line="134"/>
        <location filename="../desktop/services/fields.py" line="145"/>
        <location filename="../desktop/ui/agreements_page.py" line="42"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="113"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="115"/>
        <source>Benefits planned (S/)</source>
        <translation>Beneficios previstos (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="117"/>
        <source>Benefits delivered (S/)</source>
        <translation>Beneficios entregados (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="118"/>
        <source>Last visit result</source>
        <translation>Resultado de la última visita</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="120"/>
        <location filename="../desktop/reports/summary_workbook.py" line="137"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="121"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="122"/>
        <source>Kind of training</source>
        <translation>Tipo de capacitación</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="124"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="125"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="126"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="127"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="129"/>
        <source>Member code</source>
        <translation>Código de socio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="130"/>
        <source>Member</source>
        <translation>Socio(a)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="131"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="132"/>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="133"/>
        <source>Net kg</source>
        <translation>Kg netos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="134"/>
        <source>Amount (S/)</source>
        <translation>Importe (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="135"/>
        <source>Paid (S/)</source>
        <translation>Pagado (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="136"/>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="138"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="139"/>
        <source>Moisture (%)</source>
        <translation>Humedad (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="141"/>
        <source>Price per kg (S/)</source>
        <translation>Precio por kg (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="143"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="144"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="145"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="146"/>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="147"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="148"/>
        <source>Shipping date</source>
        <translation>Fecha de embarque</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="401"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="135"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="136"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="137"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="138"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="110"/>
        <location filename="../desktop/services/agreement_fields.py" line="10"/>
        <location filename="../desktop/services/fields.py" line="142"/>
        <location filename="../desktop/ui/agreements_page.py" line="35"/>
        <source>Family code</source>
        <translation>Código de familia</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="9"/>
        <location filename="../desktop/services/agreement_fields.py" line="19"/>
        <location filename="../desktop/services/fields.py" line="143"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="8"/>
        <source>Agreement number</source>
        <translation>Número de acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="11"/>
        <location filename="../desktop/services/fields.py" line="144"/>
        <source>Head of family</source>
        <translation>Jefe(a) de familia</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="13"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="15"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="17"/>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="18"/>
        <source>Forest area committed (ha)</source>
        <translation>Área de bosque comprometida (ha)</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="20"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="26"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="28"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="29"/>
        <location filename="../desktop/services/agreement_fields.py" line="42"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="31"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="32"/>
        <source>Estimated value (S/)</source>
        <translation>Valor estimado (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="34"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="36"/>
        <source>Still owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="41"/>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="43"/>
        <source>Received by</source>
        <translation>Recibido por</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="47"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="48"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="51"/>
        <source>Thumbprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="55"/>
        <source>Visit date</source>
        <translation>Fecha de visita</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="56"/>
        <source>Inspector</source>
        <translation>Inspector(a)</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="58"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="60"/>
        <source>Forest cleared since last visit (ha)</source>
        <translation>Bosque talado desde la última visita (ha)</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="62"/>
        <source>Consequence</source>
        <translation>Consecuencia</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="65"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="69"/>
        <source>Date the family was informed</source>
        <translation>Fecha en que se informó a la familia</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="71"/>
        <source>Language used</source>
        <translation>Idioma usado</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="73"/>
        <source>Explained by</source>
        <translation>Explicado por</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="75"/>
        <source>Copy handed over</source>
        <translation>Se entregó copia</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="80"/>
        <source>Date raised</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="82"/>
        <source>Raised by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="84"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="85"/>
        <source>What was said</source>
        <translation>Lo que se planteó</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="87"/>
        <source>Action taken</source>
        <translation>Acción tomada</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="88"/>
        <source>Date closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="146"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="147"/>
        <source>Lives inside the forest</source>
        <translation>Vive dentro del bosque</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="148"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="150"/>
        <source>Address or sector</source>
        <translation>Dirección o sector</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="151"/>
        <location filename="../desktop/services/fields.py" line="165"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="22"/>
        <location filename="../desktop/services/agreement_fields.py" line="64"/>
        <location filename="../desktop/services/agreement_fields.py" line="76"/>
        <location filename="../desktop/services/fields.py" line="152"/>
        <location filename="../desktop/ui/agreements_page.py" line="41"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="156"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="157"/>
        <source>Paternal surname</source>
        <translation>Apellido paterno</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="158"/>
        <source>Maternal surname</source>
        <translation>Apellido materno</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreement_fields.py" line="50"/>
        <location filename="../desktop/services/fields.py" line="159"/>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="160"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="161"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="162"/>
        <source>Relationship to the head</source>
        <translation>Parentesco con el jefe(a)</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="164"/>
        <source>Signs (no thumbprint)</source>
        <translation>Firma (sin huella)</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="169"/>
        <source>Plot name</source>
        <translation>Nombre de la parcela</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="170"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="171"/>
        <source>Land use</source>
        <translation>Uso del suelo</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="172"/>
        <source>Inside the protected area</source>
        <translation>Dentro del área protegida</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="173"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="174"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="415"/>
        <location filename="../desktop/ui/agreements_page.py" line="37"/>
        <source>Signing date</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="38"/>
        <source>Ending within (days)</source>
        <translation>Vence en (días)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="39"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/agreements_page.py" line="43"/>
        <source>Family member</source>
        <translation>Miembro de la familia</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../desktop/ui/form_dialog.py" line="118"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form_dialog.py" line="169"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form_dialog.py" line="170"/>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/services/indicators.py" line="38"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="39"/>
        <source>soles (S/)</source>
        <translation>soles (S/)</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="40"/>
        <source>kilograms</source>
        <translation>kilogramos</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="41"/>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="42"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="45"/>
        <source>Families registered</source>
        <translation>Familias registradas</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="46"/>
        <source>Families living inside the forest</source>
        <translation>Familias que viven dentro del bosque</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="47"/>
        <source>Persons registered</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="48"/>
        <source>Active agreements</source>
        <translation>Acuerdos vigentes</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="49"/>
        <source>Families inside the forest with an active agreement</source>
        <translation>Familias dentro del bosque con acuerdo vigente</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="51"/>
        <source>Forest area under active agreements</source>
        <translation>Área de bosque bajo acuerdos vigentes</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="53"/>
        <source>Value of benefits delivered</source>
        <translation>Valor de los beneficios entregados</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="54"/>
        <source>Compliance visits</source>
        <translation>Visitas de cumplimiento</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="55"/>
        <source>Visits finding full compliance</source>
        <translation>Visitas con cumplimiento total</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="56"/>
        <source>Training sessions held</source>
        <translation>Capacitaciones realizadas</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="57"/>
        <source>People trained (each counted once)</source>
        <translation>Personas capacitadas (cada una contada una vez)</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="59"/>
        <source>Women among the people trained</source>
        <translation>Mujeres entre las personas capacitadas</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="60"/>
        <source>School sessions</source>
        <translation>Sesiones escolares</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="61"/>
        <source>School participants</source>
        <translation>Participantes escolares</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="62"/>
        <source>Coffee delivered to the cooperative</source>
        <translation>Café entregado a la cooperativa</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="63"/>
        <source>Paid to members for coffee</source>
        <translation>Pagado a los socios por café</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="64"/>
        <source>Members who delivered coffee</source>
        <translation>Socios que entregaron café</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/areas.py" line="12"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location filename="../desktop/ui/areas.py" line="14"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/areas.py" line="16"/>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="119"/>
        <source>Conservation Desk</source>
        <translation>Escritorio de Acuerdos de Conservación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="121"/>
        <source>DEMO</source>
        <translation>DEMOSTRACIÓN</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="124"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="125"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="127"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="128"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="129"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="131"/>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Carpeta de copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="134"/>
        <source>&amp;About Conservation Desk</source>
        <translation>&amp;Acerca de Escritorio de Acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="138"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="158"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="161"/>
        <source>Opened {path}.</source>
        <translation>Se abrió {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="165"/>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="166"/>
        <source>Conservation Desk database (*.sqlite)</source>
        <translation>Base de datos de Escritorio de Acuerdos (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="171"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="178"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="179"/>
        <source>Conservation Desk database (*.sqlite);;All files (*)</source>
        <translation>Base de datos de Escritorio de Acuerdos (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="186"/>
        <source>Backup saved as {path}.</source>
        <translation>Copia de seguridad guardada como {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="189"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>Backups will be saved in {path}.</source>
        <translation>Las copias de seguridad se guardarán en {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198"/>
        <location filename="../desktop/ui/main_window.py" line="203"/>
        <location filename="../desktop/ui/main_window.py" line="213"/>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199"/>
        <source>Backups (*.sqlite)</source>
        <translation>Copias de seguridad (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204"/>
        <source>Replace the open database with {backup}? A copy of the current file is saved in the backup folder first.</source>
        <translation>¿Reemplazar la base de datos abierta por {backup}? Antes se guarda una copia del archivo actual en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="222"/>
        <source>About Conservation Desk</source>
        <translation>Acerca de Escritorio de Acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223"/>
        <source>Conservation Desk {version}
Community conservation agreements, training and coffee cooperative records.</source>
        <translation>Escritorio de Acuerdos de Conservación {version}
Acuerdos de conservación comunitarios, capacitaciones y registros de la cooperativa de café.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="45"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="82"/>
        <source>Programme indicators</source>
        <translation>Indicadores del programa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="83"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="84"/>
        <source>Only from … to …</source>
        <translation>Solo desde … hasta …</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="85"/>
        <source>Workbook language:</source>
        <translation>Idioma del libro:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="86"/>
        <source>Anonymise (no DNI, phones, birth dates or names)</source>
        <translation>Anonimizar (sin DNI, teléfonos, fechas de nacimiento ni nombres)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="87"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="88"/>
        <source>Export summary workbook…</source>
        <translation>Exportar libro de resumen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="89"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="89"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="90"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="127"/>
        <location filename="../desktop/ui/reports_page.py" line="150"/>
        <source>Export summary workbook</source>
        <translation>Exportar libro de resumen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="129"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="142"/>
        <source>Writing the summary workbook…</source>
        <translation>Escribiendo el libro de resumen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="147"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="151"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="154"/>
        <source>Summary written to {path}.</source>
        <translation>Resumen escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/fields.py" line="68"/>
        <source>{field} is required.</source>
        <translation>{field} es obligatorio.</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="76"/>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} tiene más de {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="85"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>«{value}» no es un valor válido de {field}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="97"/>
        <source>{field} must be yes or no.</source>
        <translation>{field} debe ser sí o no.</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="109"/>
        <source>{field} is not a date (use day/month/year).</source>
        <translation>{field} no es una fecha (use día/mes/año).</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="117"/>
        <source>{field} must be a number.</source>
        <translation>{field} debe ser un número.</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="121"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="89"/>
        <source>Family code {code} is already used.</source>
        <extracomment>Peru&apos;s bounding box in WGS84 degrees.</extracomment>
        <translation>El código de familia {code} ya está en uso.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="96"/>
        <source>Choose the family&apos;s community.</source>
        <translation>Elija la comunidad de la familia.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="180"/>
        <source>A DNI has exactly 8 digits.</source>
        <translation>El DNI tiene exactamente 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="185"/>
        <source>DNI {dni} is already registered to {name} of family {code}.</source>
        <translation>El DNI {dni} ya está registrado a nombre de {name}, de la familia {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="193"/>
        <source>The birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="195"/>
        <source>The birth date is not plausible.</source>
        <translation>La fecha de nacimiento no es verosímil.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="201"/>
        <source>This family already has a head: {name}.</source>
        <translation>Esta familia ya tiene jefe(a): {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="204"/>
        <source>A family needs exactly one head; make another member head first.</source>
        <translation>Una familia necesita exactamente un jefe(a); primero designe a otro miembro como jefe(a).</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="262"/>
        <source>The head of a family cannot be removed; make another member head first.</source>
        <translation>No se puede quitar al jefe(a) de familia; primero designe a otro miembro como jefe(a).</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="274"/>
        <source>The area must be greater than 0 ha.</source>
        <translation>El área debe ser mayor que 0 ha.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="276"/>
        <source>{area} ha is not plausible for a family plot.</source>
        <translation>{area} ha no es un área verosímil para una parcela familiar.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="280"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique latitud y longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="283"/>
        <source>The latitude is outside Peru.</source>
        <translation>La latitud está fuera del Perú.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="285"/>
        <source>The longitude is outside Peru.</source>
        <translation>La longitud está fuera del Perú.</translation>
    </message>
    <message>
        <location filename="../desktop/services/errors.py" line="52"/>
        <source>Possible duplicate of {names}.</source>
        <translation>Posible duplicado de {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="39"/>
        <source>Agreement {number} is {status}: its content can no longer change. Renew it to make a new agreement with the changes.</source>
        <translation>El acuerdo {number} está {status}: su contenido ya no puede cambiar. Renuévelo para hacer un nuevo acuerdo con los cambios.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="102"/>
        <source>An agreement covers only plots of its own family.</source>
        <translation>Un acuerdo cubre solo parcelas de su propia familia.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="110"/>
        <source>The end date must be after the start date.</source>
        <translation>La fecha de término debe ser posterior a la de inicio.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="137"/>
        <location filename="../desktop/services/agreements.py" line="166"/>
        <source>Agreement number {number} is already used.</source>
        <translation>El número de acuerdo {number} ya está en uso.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="183"/>
        <source>Unknown commitment: {kind}.</source>
        <translation>Compromiso desconocido: {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="213"/>
        <location filename="../desktop/services/agreements.py" line="277"/>
        <source>The quantity must be greater than 0.</source>
        <translation>La cantidad debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="216"/>
        <source>The value cannot be negative.</source>
        <translation>El valor no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="269"/>
        <source>Benefits are delivered only under a signed or active agreement.</source>
        <translation>Los beneficios se entregan solo con un acuerdo firmado o vigente.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="272"/>
        <source>Benefits of agreement {number} are suspended after a compliance visit.</source>
        <translation>Los beneficios del acuerdo {number} están suspendidos tras una visita de cumplimiento.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="280"/>
        <location filename="../desktop/services/agreements.py" line="586"/>
        <location filename="../desktop/services/agreements.py" line="626"/>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="287"/>
        <source>The benefit is received by a member of the family.</source>
        <translation>El beneficio lo recibe un miembro de la familia.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="358"/>
        <source>Choose a member of the agreement&apos;s family.</source>
        <translation>Elija a un miembro de la familia del acuerdo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="366"/>
        <source>{name} already signs this agreement.</source>
        <translation>{name} ya firma este acuerdo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="421"/>
        <source>Give the signing date.</source>
        <translation>Indique la fecha de firma.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="424"/>
        <source>The signing date cannot be in the future.</source>
        <translation>La fecha de firma no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="428"/>
        <source>The head of the family must be among the signatories.</source>
        <translation>El jefe(a) de familia debe estar entre los firmantes.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="431"/>
        <source>An agreement needs at least one commitment.</source>
        <translation>Un acuerdo necesita al menos un compromiso.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="434"/>
        <source>Give the start and end dates.</source>
        <translation>Indique las fechas de inicio y de término.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="453"/>
        <source>Only a signed or suspended agreement can become active.</source>
        <translation>Solo un acuerdo firmado o suspendido puede pasar a vigente.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="460"/>
        <source>Family {code} already has an active agreement: {number}.</source>
        <translation>La familia {code} ya tiene un acuerdo vigente: {number}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="471"/>
        <source>Only an active agreement can be suspended.</source>
        <translation>Solo se puede suspender un acuerdo vigente.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="480"/>
        <source>A draft is deleted, not ended; an ended agreement stays ended.</source>
        <translation>Un borrador se elimina, no se termina; un acuerdo terminado sigue terminado.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="501"/>
        <source>A draft cannot be renewed; sign it first.</source>
        <translation>Un borrador no se puede renovar; fírmelo primero.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="505"/>
        <source>Agreement {number} was already renewed as {renewal}.</source>
        <translation>El acuerdo {number} ya fue renovado como {renewal}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="565"/>
        <source>Choose why the agreement is not renewed.</source>
        <translation>Elija por qué no se renueva el acuerdo.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="582"/>
        <source>Visits are recorded on signed, active or suspended agreements.</source>
        <translation>Las visitas se registran en acuerdos firmados, vigentes o suspendidos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="590"/>
        <source>The area cannot be negative.</source>
        <translation>El área no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="593"/>
        <source>A compliant visit has no consequence.</source>
        <translation>Una visita con cumplimiento no tiene consecuencia.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="646"/>
        <location filename="../desktop/services/agreements.py" line="663"/>
        <source>A grievance is closed after it is raised.</source>
        <translation>Un reclamo se cierra después de presentarse.</translation>
    </message>
    <message>
        <location filename="../desktop/services/agreements.py" line="666"/>
        <source>Say what action was taken before closing the grievance.</source>
        <translation>Indique qué acción se tomó antes de cerrar el reclamo.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="149"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="150"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="151"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="152"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="154"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="155"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="156"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="157"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="158"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="159"/>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="160"/>
        <source>Delivery list</source>
        <translation>Lista de entregas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary_workbook.py" line="161"/>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
</context>
</TS>
