/*
 * gilpy's grammar for the supported Python 3.11 subset. Action-free: indentation (INDENT/DEDENT/NEWLINE
 * filtering) is done by IndentingTokenSource, and all semantic checks live in AstBuilder.
 */
grammar Python;

tokens { INDENT, DEDENT }

// ---------------------------------------------------------------- entry points
fileInput   : (NEWLINE | stmt)* EOF ;
singleInput : (NEWLINE | simpleStmts | compoundStmt NEWLINE?) NEWLINE* EOF ;
evalInput   : testlist NEWLINE* EOF ;
exprInput   : testlistStarExpr NEWLINE* EOF ;   // f-string replacement fields

// ---------------------------------------------------------------- statements
stmt        : simpleStmts | compoundStmt ;
simpleStmts : simpleStmt (';' simpleStmt)* ';'? NEWLINE ;
simpleStmt
    : exprStmt
    | delStmt
    | passStmt
    | breakStmt
    | continueStmt
    | returnStmt
    | raiseStmt
    | globalStmt
    | nonlocalStmt
    | importName
    | importFrom
    | assertStmt
    ;

exprStmt
    : assignRhs ( annotation
                       | augOp (yieldExpr | testlist)
                       | ('=' assignRhs)*
                       )
    ;
annotation  : ':' test ('=' (yieldExpr | testlistStarExpr))? ;
assignRhs   : yieldExpr | testlistStarExpr ;
augOp       : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=' ;

delStmt      : 'del' exprlist ;
passStmt     : 'pass' ;
breakStmt    : 'break' ;
continueStmt : 'continue' ;
returnStmt   : 'return' testlistStarExpr? ;
raiseStmt    : 'raise' (test ('from' test)?)? ;
globalStmt   : 'global' NAME (',' NAME)* ;
nonlocalStmt : 'nonlocal' NAME (',' NAME)* ;
assertStmt   : 'assert' test (',' test)? ;

importName   : 'import' dottedAsName (',' dottedAsName)* ;
dottedAsName : dottedName ('as' NAME)? ;
dottedName   : NAME ('.' NAME)* ;
importFrom   : 'from' importDots* dottedName 'import' importTargets
             | 'from' importDots+ 'import' importTargets ;
importDots   : '.' | '...' ;
importTargets: '*' | '(' importAsNames ','? ')' | importAsNames ;
importAsNames: importAsName (',' importAsName)* ;
importAsName : NAME ('as' NAME)? ;

compoundStmt
    : ifStmt
    | whileStmt
    | forStmt
    | tryStmt
    | withStmt
    | funcDef
    | classDef
    | decorated
    | asyncStmt
    ;
asyncStmt : 'async' (funcDef | withStmt | forStmt) ;

ifStmt    : 'if' namedExprTest ':' block elifClause* elseClause? ;
elifClause: 'elif' namedExprTest ':' block ;
elseClause: 'else' ':' block ;
whileStmt : 'while' namedExprTest ':' block elseClause? ;
forStmt   : 'for' exprlist 'in' testlist ':' block elseClause? ;
tryStmt   : 'try' ':' block ( exceptClause+ elseClause? finallyClause?
                            | finallyClause ) ;
exceptClause : 'except' star='*'? (test ('as' NAME)?)? ':' block ;
finallyClause: 'finally' ':' block ;
withStmt  : 'with' ( '(' withItem (',' withItem)* ','? ')' ':'
                   | withItem (',' withItem)* ':' ) block ;
withItem  : test ('as' expr)? ;

decorated : decorator+ (classDef | funcDef | asyncFuncDef) ;
asyncFuncDef : 'async' funcDef ;
decorator : '@' namedExprTest NEWLINE ;
funcDef   : 'def' NAME '(' parameters? ')' ('->' test)? ':' block ;
classDef  : 'class' NAME ('(' arglist? ')')? ':' block ;

block     : simpleStmts
          | NEWLINE INDENT stmt+ DEDENT ;

// ---------------------------------------------------------------- parameters
// One flat list; ordering rules (defaults, '/', '*') are checked in AstBuilder.
parameters : param (',' param)* ','? ;
param
    : NAME (':' test)? ('=' test)?     # plainParam
    | '/'                               # slashParam
    | '*' (NAME (':' test)?)?           # starParam
    | '**' NAME (':' test)?             # kwParam
    ;
lambdaParams : lambdaParam (',' lambdaParam)* ','? ;
lambdaParam
    : NAME ('=' test)?                  # lambdaPlainParam
    | '/'                               # lambdaSlashParam
    | '*' NAME?                         # lambdaStarParam
    | '**' NAME                         # lambdaKwParam
    ;

// ---------------------------------------------------------------- expressions
namedExprTest : test (':=' test)? ;
test
    : orTest ('if' orTest 'else' test)?
    | lambdef
    ;
testNoCond : orTest | lambdefNoCond ;
lambdef       : 'lambda' lambdaParams? ':' test ;
lambdefNoCond : 'lambda' lambdaParams? ':' testNoCond ;

orTest     : andTest ('or' andTest)* ;
andTest    : notTest ('and' notTest)* ;
notTest    : 'not' notTest | comparison ;
comparison : expr (compOp expr)* ;
compOp     : '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not' ;
starExpr   : '*' expr ;

expr      : xorExpr ('|' xorExpr)* ;
xorExpr   : andExpr ('^' andExpr)* ;
andExpr   : shiftExpr ('&' shiftExpr)* ;
shiftExpr : arithExpr (shiftOp arithExpr)* ;
shiftOp   : '<<' | '>>' ;
arithExpr : term (addOp term)* ;
addOp     : '+' | '-' ;
term      : factor (mulOp factor)* ;
mulOp     : '*' | '@' | '/' | '%' | '//' ;
factor    : unaryOp factor | power ;
unaryOp   : '+' | '-' | '~' ;
power     : awaitPrimary ('**' factor)? ;
awaitPrimary : 'await' atomExpr | atomExpr ;
atomExpr  : atom trailer* ;

atom
    : '(' (yieldExpr | testlistComp)? ')'   # parenAtom
    | '[' testlistComp? ']'                 # listAtom
    | '{' dictOrSetMaker? '}'               # dictAtom
    | NAME                                  # nameAtom
    | number                                # numberAtom
    | STRING+                               # stringAtom
    | '...'                                 # ellipsisAtom
    | 'None'                                # noneAtom
    | 'True'                                # trueAtom
    | 'False'                               # falseAtom
    ;
number : DEC_INT | HEX_INT | OCT_INT | BIN_INT | FLOAT | IMAG ;

testlistComp : (namedExprTest | starExpr) ( compFor | (',' (namedExprTest | starExpr))* ','? ) ;

trailer
    : '(' arglist? ')'     # callTrailer
    | '[' subscriptList ']' # subscriptTrailer
    | '.' NAME             # attrTrailer
    ;
subscriptList : subscript (',' subscript)* ','? ;
subscript
    : namedExprTest                  # indexSub
    | starExpr                       # starSub
    | test? ':' test? sliceStep?     # sliceSub
    ;
sliceStep : ':' test? ;

exprlist : (expr | starExpr) (',' (expr | starExpr))* ','? ;
testlist : test (',' test)* ','? ;
testlistStarExpr : (test | starExpr) (',' (test | starExpr))* ','? ;

dictOrSetMaker
    : dictEntry ( compFor | (',' dictEntry)* ','? )                               # dictMaker
    | (namedExprTest | starExpr) ( compFor | (',' (namedExprTest | starExpr))* ','? ) # setMaker
    ;
dictEntry : test ':' test | '**' expr ;

arglist  : argument (',' argument)* ','? ;
argument
    : test compFor        # genArg
    | NAME ':=' test      # walrusArg
    | NAME '=' test       # kwArg
    | test                # posArg
    | '*' test            # starArg
    | '**' test           # dstarArg
    ;

compFor  : 'async'? 'for' exprlist 'in' orTest compIter* ;
compIter : compForNested | compIf ;
compForNested : 'async'? 'for' exprlist 'in' orTest ;
compIf   : 'if' testNoCond ;

yieldExpr : 'yield' ('from' test | testlistStarExpr)? ;

// ---------------------------------------------------------------- lexer
NEWLINE : '\r'? '\n' | '\r' ;

STRING
    : STR_PREFIX? ( '\'\'\'' ( '\\' . | . )*? '\'\'\''
                  | '"""' ( '\\' . | . )*? '"""'
                  | '\'' ( '\\' . | ~[\\\r\n'] )* '\''
                  | '"' ( '\\' . | ~[\\\r\n"] )* '"'
                  )
    ;
fragment STR_PREFIX
    : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR] ;

IMAG    : (FLOAT_BODY | DIGITS) [jJ] ;
FLOAT   : FLOAT_BODY ;
HEX_INT : '0' [xX] ('_'? [0-9a-fA-F])+ ;
OCT_INT : '0' [oO] ('_'? [0-7])+ ;
BIN_INT : '0' [bB] ('_'? [01])+ ;
DEC_INT : [1-9] ('_'? [0-9])* | '0' ('_'? '0')* ;
fragment DIGITS     : [0-9] ('_'? [0-9])* ;
fragment FLOAT_BODY : (DIGITS? '.' DIGITS | DIGITS '.') EXPONENT? | DIGITS EXPONENT ;
fragment EXPONENT   : [eE] [+-]? DIGITS ;

NAME : ID_START ID_CONTINUE* ;
// Any non-ASCII character may be part of a name here; IndentingTokenSource checks such names against
// Unicode's identifier classes. Spelling those classes out (\p{L}...) makes the serialized ATN huge,
// and deserializing it dominated gilpy's start-up.
fragment ID_START    : [a-zA-Z_] | [\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [a-zA-Z0-9_] | [\u0080-\u{10FFFF}] ;

WS        : [ \t\f]+ -> channel(HIDDEN) ;
COMMENT   : '#' ~[\r\n]* -> channel(HIDDEN) ;
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> channel(HIDDEN) ;

// Anything else: IndentingTokenSource turns it into the right SyntaxError.
ERROR_CHAR : . ;
