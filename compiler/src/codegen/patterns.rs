//! `match` statements.

use pyvm_parser::ast;

use super::{CResult, Compiler};

impl<'s, 'a> Compiler<'s, 'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::Match<'a>) -> CResult<()> {
        Err(self.syntax_error("match statements are not supported yet", m.span))
    }
}
