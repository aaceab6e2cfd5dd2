<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <location filename="../desktop/cli.py" line="25"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="47"/>
        <source>{name} must be at least 1.</source>
        <translation>{name} debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="58"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="70"/>
        <source>Demo database written to {path}: {families} families, {persons} persons ({seconds:.1f} s).</source>
        <translation>Base de datos de demostración escrita en {path}: {families} familias, {persons} personas ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="103"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
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
        <location filename="../desktop/ui/families_page.py" line="151"/>
        <source>Search by family code, name, DNI or community…</source>
        <translation>Buscar por código de familia, nombre, DNI o comunidad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="152"/>
        <source>New family…</source>
        <translation>Nueva familia…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="153"/>
        <location filename="../desktop/ui/families_page.py" line="155"/>
        <location filename="../desktop/ui/families_page.py" line="158"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="154"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="155"/>
        <source>Add member…</source>
        <translation>Agregar miembro…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="156"/>
        <location filename="../desktop/ui/families_page.py" line="159"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="158"/>
        <source>Add plot…</source>
        <translation>Agregar parcela…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="161"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="162"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="164"/>
        <location filename="../desktop/ui/families_page.py" line="175"/>
        <source>All communities</source>
        <translation>Todas las comunidades</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="191"/>
        <source>1 family</source>
        <translation>1 familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="192"/>
        <source>{n} families</source>
        <translation>{n} familias</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="205"/>
        <source>No family selected</source>
        <translation>Ninguna familia seleccionada</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="219"/>
        <source>Community: {community} ({zone}). Lives inside the forest: {inside}. {address}</source>
        <translation>Comunidad: {community} ({zone}). Vive dentro del bosque: {inside}. {address}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="245"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="249"/>
        <source>Head of family</source>
        <translation>Jefe(a) de familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="260"/>
        <source>New family</source>
        <translation>Nueva familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="260"/>
        <source>Edit family {code}</source>
        <translation>Editar familia {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="269"/>
        <location filename="../desktop/ui/families_page.py" line="279"/>
        <source>Family {code} saved.</source>
        <translation>Familia {code} guardada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="289"/>
        <source>Delete family</source>
        <translation>Eliminar familia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="290"/>
        <source>Delete family {code} with its members and plots? You can undo this with Edit &gt; Undo delete.</source>
        <translation>¿Eliminar la familia {code} con sus miembros y parcelas? Puede deshacerlo con Editar &gt; Deshacer eliminación.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="297"/>
        <source>Family {code} deleted.</source>
        <translation>Familia {code} eliminada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="306"/>
        <source>Family {code} restored.</source>
        <translation>Familia {code} restaurada.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="319"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="328"/>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="339"/>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="345"/>
        <location filename="../desktop/ui/families_page.py" line="354"/>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="346"/>
        <source>Remove {name} from the family?</source>
        <translation>¿Quitar a {name} de la familia?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="356"/>
        <source>{name} removed.</source>
        <translation>{name} fue quitado(a).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="365"/>
        <source>New plot</source>
        <translation>Nueva parcela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="376"/>
        <source>Edit plot</source>
        <translation>Editar parcela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="382"/>
        <source>Remove plot</source>
        <translation>Quitar parcela</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="383"/>
        <source>Remove plot {name}?</source>
        <translation>¿Quitar la parcela {name}?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/families_page.py" line="387"/>
        <source>Plot {name} removed.</source>
        <translation>Parcela {name} quitada.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/services/fields.py" line="134"/>
        <location filename="../desktop/services/fields.py" line="145"/>
        <source>Community</source>
        <translation>Comunidad</translation>
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
        <location filename="../desktop/services/fields.py" line="142"/>
        <source>Family code</source>
        <translation>Código de familia</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="143"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../desktop/services/fields.py" line="144"/>
        <source>Head of family</source>
        <translation>Jefe(a) de familia</translation>
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
        <location filename="../desktop/services/fields.py" line="152"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="53"/>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="107"/>
        <source>Conservation Desk</source>
        <translation>Escritorio de Acuerdos de Conservación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="109"/>
        <source>DEMO</source>
        <translation>DEMOSTRACIÓN</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="113"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="115"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="116"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="117"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="118"/>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="119"/>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Carpeta de copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="121"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="122"/>
        <source>&amp;About Conservation Desk</source>
        <translation>&amp;Acerca de Escritorio de Acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="126"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="146"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="149"/>
        <source>Opened {path}.</source>
        <translation>Se abrió {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="153"/>
        <location filename="../desktop/ui/main_window.py" line="158"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="154"/>
        <source>Conservation Desk database (*.sqlite)</source>
        <translation>Base de datos de Escritorio de Acuerdos (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="159"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="166"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="167"/>
        <source>Conservation Desk database (*.sqlite);;All files (*)</source>
        <translation>Base de datos de Escritorio de Acuerdos (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="174"/>
        <source>Backup saved as {path}.</source>
        <translation>Copia de seguridad guardada como {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="182"/>
        <source>Backups will be saved in {path}.</source>
        <translation>Las copias de seguridad se guardarán en {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="186"/>
        <location filename="../desktop/ui/main_window.py" line="191"/>
        <location filename="../desktop/ui/main_window.py" line="201"/>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="187"/>
        <source>Backups (*.sqlite)</source>
        <translation>Copias de seguridad (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="192"/>
        <source>Replace the open database with {backup}? A copy of the current file is saved in the backup folder first.</source>
        <translation>¿Reemplazar la base de datos abierta por {backup}? Antes se guarda una copia del archivo actual en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="207"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="210"/>
        <source>About Conservation Desk</source>
        <translation>Acerca de Escritorio de Acuerdos</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="211"/>
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
        <location filename="../desktop/services/registry.py" line="88"/>
        <source>Family code {code} is already used.</source>
        <extracomment>Peru&apos;s bounding box in WGS84 degrees.</extracomment>
        <translation>El código de familia {code} ya está en uso.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="95"/>
        <source>Choose the family&apos;s community.</source>
        <translation>Elija la comunidad de la familia.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="179"/>
        <source>A DNI has exactly 8 digits.</source>
        <translation>El DNI tiene exactamente 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="184"/>
        <source>DNI {dni} is already registered to {name} of family {code}.</source>
        <translation>El DNI {dni} ya está registrado a nombre de {name}, de la familia {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="192"/>
        <source>The birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="194"/>
        <source>The birth date is not plausible.</source>
        <translation>La fecha de nacimiento no es verosímil.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="200"/>
        <source>This family already has a head: {name}.</source>
        <translation>Esta familia ya tiene jefe(a): {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="203"/>
        <source>A family needs exactly one head; make another member head first.</source>
        <translation>Una familia necesita exactamente un jefe(a); primero designe a otro miembro como jefe(a).</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="261"/>
        <source>The head of a family cannot be removed; make another member head first.</source>
        <translation>No se puede quitar al jefe(a) de familia; primero designe a otro miembro como jefe(a).</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="273"/>
        <source>The area must be greater than 0 ha.</source>
        <translation>El área debe ser mayor que 0 ha.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="275"/>
        <source>{area} ha is not plausible for a family plot.</source>
        <translation>{area} ha no es un área verosímil para una parcela familiar.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="279"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique latitud y longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="282"/>
        <source>The latitude is outside Peru.</source>
        <translation>La latitud está fuera del Perú.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="284"/>
        <source>The longitude is outside Peru.</source>
        <translation>La longitud está fuera del Perú.</translation>
    </message>
    <message>
        <location filename="../desktop/services/errors.py" line="52"/>
        <source>Possible duplicate of {names}.</source>
        <translation>Posible duplicado de {names}.</translation>
    </message>
</context>
</TS>
