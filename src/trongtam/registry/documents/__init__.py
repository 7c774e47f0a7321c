"""Official documents issued from the data: number registers, generated .docx/.pdf/.xlsx, spreadsheet imports."""
