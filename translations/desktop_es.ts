<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <location filename="../desktop/services/registry.py" line="177"/>
        <source>A DNI has exactly 8 digits.</source>
        <translation>El DNI tiene exactamente 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="182"/>
        <source>DNI {dni} is already registered to {name} of family {code}.</source>
        <translation>El DNI {dni} ya está registrado a nombre de {name}, de la familia {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="190"/>
        <source>The birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="192"/>
        <source>The birth date is not plausible.</source>
        <translation>La fecha de nacimiento no es verosímil.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="198"/>
        <source>This family already has a head: {name}.</source>
        <translation>Esta familia ya tiene jefe(a): {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="201"/>
        <source>A family needs exactly one head; make another member head first.</source>
        <translation>Una familia necesita exactamente un jefe(a); primero designe a otro miembro como jefe(a).</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="259"/>
        <source>The head of a family cannot be removed; make another member head first.</source>
        <translation>No se puede quitar al jefe(a) de familia; primero designe a otro miembro como jefe(a).</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="271"/>
        <source>The area must be greater than 0 ha.</source>
        <translation>El área debe ser mayor que 0 ha.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="273"/>
        <source>{area} ha is not plausible for a family plot.</source>
        <translation>{area} ha no es un área verosímil para una parcela familiar.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="277"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique latitud y longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="280"/>
        <source>The latitude is outside Peru.</source>
        <translation>La latitud está fuera del Perú.</translation>
    </message>
    <message>
        <location filename="../desktop/services/registry.py" line="282"/>
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
